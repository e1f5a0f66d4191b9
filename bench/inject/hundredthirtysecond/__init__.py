"""Language packs and text builders for the store_hundredthirtysecond corpus."""
