from ftz_desktop.app import main

raise SystemExit(main())
