package dev.ajar.benchmarks;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, handed to the report writers.
 *
 * @param workload the texts and variants
 * @param evaluations the scored outcomes per mode
 * @param speed the warm speed per mode; empty when speed was not measured
 * @param coldStart the child-JVM cold start per mode; empty when not measured
 * @param peers the peer tools' results, skipped ones included
 * @param scancode the ScanCode LicenseDB source, or why it was not measured
 * @param environment facts about the machine and versions, in report order
 * @param arguments the command-line arguments of the run
 */
record Results(
    Workload workload,
    Map<Mode, Evaluation> evaluations,
    Map<Mode, SpeedResult> speed,
    Map<Mode, ColdStart.Result> coldStart,
    List<PeerResult> peers,
    ScanCodeResult scancode,
    Map<String, String> environment,
    List<String> arguments) {

  Results {
    evaluations = Map.copyOf(evaluations);
    speed = Map.copyOf(speed);
    coldStart = Map.copyOf(coldStart);
    peers = List.copyOf(peers);
    requireNonNull(scancode, "scancode");
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    arguments = List.copyOf(arguments);
  }

  Evaluation evaluation(Mode mode) {
    return evaluations.get(mode);
  }

  Optional<SpeedResult> speed(Mode mode) {
    return Optional.ofNullable(speed.get(mode));
  }

  Optional<ColdStart.Result> coldStart(Mode mode) {
    return Optional.ofNullable(coldStart.get(mode));
  }

  /** The peer whose tool name starts with {@code name}, if it ran. */
  Optional<PeerResult> peer(String name) {
    return peers.stream().filter(p -> p.tool().startsWith(name) && p.skipped().isEmpty()).findFirst();
  }
}
