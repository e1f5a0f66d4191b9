"""Language pools and builders for the ninetyninth store corpus."""
