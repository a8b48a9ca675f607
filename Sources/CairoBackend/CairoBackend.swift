// CairoBackend: see ARCHITECTURE.md
