# Batch mode for the licensee peer: one Ruby process matches many texts with the licensee gem's
# LicenseFile, the object `licensee detect` builds for a LICENSE file (same matchers, same default
# confidence threshold). Argument: a file with one text path a line. Output, a line each:
# path TAB spdx_id-or-empty TAB confidence TAB milliseconds, after a first line
# known TAB (how many licenses the gem can name).
require 'licensee'

puts ['known', Licensee.licenses(hidden: true).size].join("\t")

File.readlines(ARGV[0], chomp: true).each do |path|
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  content = File.read(path, encoding: 'utf-8')
  # The file name only steers which files a project scan considers; the text decides the match.
  file = Licensee::ProjectFiles::LicenseFile.new(content, 'LICENSE')
  license = file.license
  id = license && !%w[NOASSERTION other].include?(license.spdx_id) ? license.spdx_id : ''
  millis = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000
  puts [path, id, file.confidence || 0, format('%.3f', millis)].join("\t")
  $stdout.flush
end
