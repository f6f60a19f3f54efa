class Deck:
    def __init__(self):
        self.cards = [f'{r}{s}' for s in 'SH' for r in 'A23']

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, c):
        return c in self.cards


d = Deck()
print(len(d), d[0], d[-1], d[1:3])
print('2H' in d, 'KD' in d)
print(list(d))
print(list(reversed(d))[:2])
for card in d:
    if card.startswith('3'):
        print('found', card)
        break
