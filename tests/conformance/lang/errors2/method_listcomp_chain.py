class Parser:
    def parse(self, text):
        return self._tokens(text)
    def _tokens(self, text):
        return [self._tok(w) for w in text.split()]
    def _tok(self, w):
        return int(w)
Parser().parse('1 2 three')
