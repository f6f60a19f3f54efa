for s in ["ΣΑΣ", "ΑΣ", "Σ", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ.", "ΑΣ'Β", "a Σ b", "ΣΣ", "straße ǅemal ﬁnal", "ǆungla ǈ", "İstanbul ΣΑΣ ok"]:
    print(repr(s), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold(), "|", s.upper())
