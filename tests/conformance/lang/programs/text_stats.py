# Word statistics over a text: normalising, counting, ranking and reporting.
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    table = str.maketrans('', '', string.punctuation)
    for line in text.splitlines():
        for word in line.translate(table).lower().split():
            yield word


counts = Counter(words(TEXT))
print(len(counts), sum(counts.values()))
for word, n in counts.most_common(5):
    print(f'{word:>8}: {"#" * n} ({n})')

by_length = defaultdict(list)
for w in sorted(counts):
    by_length[len(w)].append(w)
for length in sorted(by_length, reverse=True)[:3]:
    print(length, ', '.join(by_length[length]))

first_letters = {w[0] for w in counts}
print(''.join(sorted(first_letters)))
longest = max(counts, key=lambda w: (len(w), w))
print(longest, longest.capitalize(), longest.center(20, '*'))
print(TEXT.count('it was'), TEXT.find('wisdom'), TEXT.rfind('of'))
sentence = ' '.join(list(words(TEXT))[:6])
print(sentence.title(), sentence.replace('was', 'is', 1))
print([w for w in counts if w.startswith('w') and w.endswith('m')])
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym, acronym.lower().zfill(6), f'{acronym!r:>8}|')
vowels = Counter(c for c in TEXT.lower() if c in 'aeiou')
print(sorted(vowels.items()))
print(f"{'total':<6}{sum(vowels.values()):>6,}")
print(f"{0.4567:.1%} {1234567.891:,.2f} {42:08.3f} {255:#x} {255:b} {-3.5:+.1f}")
