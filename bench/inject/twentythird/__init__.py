"""Building blocks for the twentythird store corpus: agent-read data (tool
results, feeds, pages, mail) with instructions to the store's AI planted in
single fields, plus benign and hard-negative look-alikes."""
