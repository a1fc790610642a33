"""Double-click entry for a source checkout: opens the SmallCRM window."""

import sys

from smallcrm.launch import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
