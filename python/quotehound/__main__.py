"""``python -m quotehound``: the same as the ``quotehound`` command."""

from .cli import main

raise SystemExit(main())
