import calendar
from datetime import date, timedelta

class EventCalendar(calendar.HTMLCalendar):
    cssclass_month = 'events'

    def __init__(self, events):
        super().__init__(firstweekday=calendar.SUNDAY)
        self.events = events

    def formatday(self, day, weekday):
        cell = super().formatday(day, weekday)
        if day and day in self.events:
            return cell.replace('</td>', '<br/>' + '; '.join(self.events[day]) + '</td>')
        return cell

start = date(2024, 2, 5)
events = {}
for i in range(0, 28, 9):
    d = start + timedelta(days=i)
    events.setdefault(d.day, []).append(f'standup #{i // 9 + 1}')
events[14] = ['valentine']
cal = EventCalendar(events)
print(cal.formatmonth(2024, 2))
print(calendar.HTMLCalendar().formatmonthname(2024, 7, withyear=False))
print(calendar.HTMLCalendar().formatweekheader())
print(calendar.HTMLCalendar(calendar.WEDNESDAY).formatyear(2023, width=6).count('<tr>'))
page = calendar.HTMLCalendar().formatyearpage(2025, width=4, css=None)
print(type(page).__name__, len(page), page.splitlines()[:6])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2))
print(calendar.monthcalendar(2024, 2)[0], calendar.weekheader(3))
