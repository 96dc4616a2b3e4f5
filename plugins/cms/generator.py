"""Write /admin/: the CMS page, its generated configuration and the pinned Decap CMS bundle."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pelican.generators import Generator

from cms.config import cms_config, load_options
from cms.vendor import FOLDER, VERSION, is_installed
from hub_model.output import write_output
from hub_model.schema import KINDS

ADMIN = "admin/"
BUNDLE = f"{ADMIN}decap-cms-{VERSION}/"


class CmsGenerator(Generator):
    """Write admin/index.html, admin/config.yml and the bundle beside them."""

    def generate_output(self, writer):
        """Write the page, the configuration from the schema and the vendored script."""
        options = load_options(self.settings)
        folder = self.settings.get("CMS_VENDOR_PATH") or str(FOLDER)
        if not is_installed(Path(folder)):
            # An output problem: the build stops before the switch, the previous site stays.
            self.context["hub_run"].problems.error(
                "admin",
                0,
                "CMS",
                f"Decap CMS {VERSION} belum terpasang di {folder}",
                "jalankan make cms-vendor (make html menjalankannya sendiri)",
            )
            return
        for name in sorted(os.listdir(folder)):
            if not name.startswith("."):
                with open(os.path.join(folder, name), "rb") as handle:
                    write_output(writer, BUNDLE + name, handle.read())
        config = cms_config(KINDS, self.settings["HUB_PROGRAMS"], self.settings["HUB_REGIONS"], options)
        # JSON is YAML: Decap reads config.yml, our admin.js parses the same text as JSON.
        write_output(writer, ADMIN + "config.yml", json.dumps(config, ensure_ascii=False, indent=1) + "\n")
        writer.write_file(
            ADMIN + "index.html", self.get_template("admin/index"), self.context, bundle=f"decap-cms-{VERSION}/"
        )
