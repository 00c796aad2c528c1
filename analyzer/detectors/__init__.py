"""One detector per file. A detector takes the parsed Document (and the shared
context) and returns findings or analysed items; no I/O, no global state."""
