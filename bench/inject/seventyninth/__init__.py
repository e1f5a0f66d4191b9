"""Language content and shared assembly code for the seventyninth store corpus."""
