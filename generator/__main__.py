"""`python -m generator ...`."""

import signal
import sys

from .cli import interrupt, main

# `kill` (SIGTERM) cleans up like Ctrl-C instead of leaving temp dirs behind
signal.signal(signal.SIGTERM, interrupt)
sys.exit(main())
