"""Storewall nineteenth corpus: native-register European and East Asian store texts."""
