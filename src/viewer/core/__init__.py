"""Pure-Python core: loading, symbols, search, rendering. Never imports Qt."""
