#!/usr/bin/python3
# tests/io/check-ics.py — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads an iCalendar file with python3-icalendar (an independent parser) and prints what it
# found as JSON, for test-ical to compare with what Vocation wrote. Exit status 77 when the
# module is missing (the test then skips); a parse error fails.
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(77)

with open(sys.argv[1], 'rb') as f:
    raw = f.read()

for number, line in enumerate(raw.split(b'\r\n'), 1):
    if len(line) > 75:
        sys.exit(f'line {number} is {len(line)} octets long')
if not raw.endswith(b'\r\n') or b'\n' in raw.replace(b'\r\n', b''):
    sys.exit('lines must end with CRLF')

calendar = icalendar.Calendar.from_ical(raw)
out = {'version': str(calendar.get('VERSION')), 'prodid': str(calendar.get('PRODID')),
       'events': []}
for event in calendar.walk('VEVENT'):
    item = {}
    for key in ('UID', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL'):
        if key in event:
            item[key.lower()] = str(event[key])
    for key in ('DTSTART', 'DTEND', 'DTSTAMP'):
        if key in event:
            value = event.decoded(key)
            item[key.lower()] = value.strftime('%Y-%m-%dT%H:%M:%S') + \
                ('Z' if value.utcoffset() is not None and value.utcoffset().total_seconds() == 0
                 else '?')
    item['alarms'] = []
    for alarm in event.walk('VALARM'):
        trigger = alarm.decoded('TRIGGER')
        item['alarms'].append({'action': str(alarm.get('ACTION')),
                               'before_minutes': int(-trigger.total_seconds() // 60),
                               'description': str(alarm.get('DESCRIPTION'))})
    out['events'].append(item)

json.dump(out, sys.stdout, ensure_ascii=False)
