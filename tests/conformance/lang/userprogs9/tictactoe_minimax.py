# Tic-tac-toe with minimax, memoized with a dict
from functools import lru_cache

LINES = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != ' ' and board[a] == board[b] == board[c]:
            return board[a]
    return None

@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w == 'X':
        return 1, None
    if w == 'O':
        return -1, None
    if ' ' not in board:
        return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != ' ':
            continue
        nb = board[:i] + player + board[i+1:]
        score, _ = minimax(nb, 'O' if player == 'X' else 'X')
        if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
            best = (score, i)
    return best

def show(board):
    rows = [' | '.join(board[r*3:r*3+3]) for r in range(3)]
    print('\n---------\n'.join(rows))
    print()

board = ' ' * 9
player = 'X'
turn = 0
while winner(board) is None and ' ' in board:
    score, move = minimax(board, player)
    board = board[:move] + player + board[move+1:]
    turn += 1
    print(f"Turn {turn}: {player} plays {move} (score {score:+d})")
    show(board)
    player = 'O' if player == 'X' else 'X'
print("Result:", winner(board) or "draw")
info = minimax.cache_info()
print(info.hits > 0, info.misses, info.maxsize, info.currsize == info.misses)
print(f"{'states':<10}|{info.currsize:>8,}|")
