package dev.ajar.spark;

import dev.ajar.corpus.SpdxLicense;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generated Hugging Face style model cards (YAML front matter, prose, a license section), the
 * same for every run: an SPDX text as the license section, the same plus a use restriction, a card
 * with no license at all, and a research-only card, in turn.
 */
final class ModelCards {
  static final StructType SCHEMA =
      new StructType()
          .add("repo_id", DataTypes.StringType, false)
          .add("downloads", DataTypes.LongType, false)
          .add("card", DataTypes.StringType);

  private ModelCards() {}

  /** {@code n} cards whose license sections cycle through {@code licenses}. */
  static List<Row> generate(List<SpdxLicense> licenses, int n) {
    List<Row> cards = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SpdxLicense license = licenses.get((i * 37) % licenses.size());
      String repo = "org" + (i % 7) + "/model-" + i;
      String prose = "# " + repo + "\n\nA " + (i % 3 == 0 ? "text-generation" : "vision")
          + " model fine-tuned from a public base model. Evaluation results are below.\n\n"
          + "## Usage\n\n```python\nfrom transformers import AutoModel\nmodel = "
          + "AutoModel.from_pretrained(\"" + repo + "\")\n```\n\n";
      String card = switch (i % 4) {
        case 0 -> front(license.id()) + prose + "## License\n\n" + license.labelled().text();
        case 1 -> front(license.id()) + prose + "## License\n\n" + license.labelled().text()
            + "\n\nYou shall not use the Model for military purposes or to surveil people.\n";
        case 2 -> front("unknown") + prose + "## Citation\n\nPlease cite our paper.\n";
        default -> front("other") + prose + "## License\n\nThis model is made available for "
            + "non-commercial research purposes only. Commercial use is prohibited.\n";
      };
      cards.add(RowFactory.create(repo, (long) i * 1000, card));
    }
    return cards;
  }

  private static String front(String license) {
    return "---\nlicense: " + license.toLowerCase(Locale.ROOT) + "\ntags:\n- generated\n---\n";
  }
}
