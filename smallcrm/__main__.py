"""``python -m smallcrm``: the same entry as the ``smallcrm`` console script."""

import sys

from smallcrm.launch import main

sys.exit(main())
