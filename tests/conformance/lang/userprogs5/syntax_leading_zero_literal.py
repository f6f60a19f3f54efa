# A zip code written as an int literal.
zips = {"boston": 02134}
