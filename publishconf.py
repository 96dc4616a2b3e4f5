"""Production settings: `make publish` builds with these."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402

# The public address must be given: a production build with a placeholder address would publish
# feeds, canonical links and calendars pointing nowhere.
SITEURL = os.environ.get("HUB_SITEURL", "").rstrip("/")
if not SITEURL.startswith("https://"):
    sys.exit("make publish: isi HUB_SITEURL dengan alamat https situs publik, misalnya HUB_SITEURL=https://…")
ORGANISATION_URL = SITEURL + "/tentang/"
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True
# Record what this build published, so later builds keep every URL alive.
LEDGER_UPDATE = True
# Precompressed .br and .gz beside every text file, for nginx's brotli_static and gzip_static.
HUB_PRECOMPRESS = True
# The CMS on the public site saves every change as a pull request a second person approves (README).
CMS_EDITORIAL_WORKFLOW = True
