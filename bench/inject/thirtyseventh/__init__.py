"""Long-document injection corpus ("thirtyseventh"): pools per language plus a shared engine."""
