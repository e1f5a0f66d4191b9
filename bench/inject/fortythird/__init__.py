"""Generator package for the fortythird marketplace injection corpus."""
