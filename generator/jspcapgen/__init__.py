"""jspcap spec compiler: YAML protocol specs -> C++ zero-copy views, dispatch tables, walkers."""
