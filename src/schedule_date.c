/* Civil dates as days since 1970-01-01, and the shoot calendar: working
 * days from a start date, skipping weekdays off and days off. */
#include "schedule.h"


/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static int32_t days_from_civil(int32_t y, int32_t m, int32_t d)
{
    y -= m <= 2;
    int32_t era = (y >= 0 ? y : y - 399) / 400;
    int32_t yoe = y - era * 400;
    int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool leap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool dp__date_parse(const char *s, int32_t *days)
{
    int32_t v[3] = {0, 0, 0};
    static const int widths[3] = {4, 2, 2};
    size_t i = 0;
    for (int f = 0; f < 3; f++) {
        for (int k = 0; k < widths[f]; k++, i++) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v[f] = v[f] * 10 + (s[i] - '0');
        }
        if (f < 2 && s[i++] != '-')
            return false;
    }
    if (s[i] != '\0' || v[0] < 1900 || v[0] > 2999 || v[1] < 1 || v[1] > 12 || v[2] < 1)
        return false;
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int32_t max = mdays[v[1] - 1] + (v[1] == 2 && leap(v[0]));
    if (v[2] > max)
        return false;
    *days = days_from_civil(v[0], v[1], v[2]);
    return true;
}

void dp__date_format(int32_t days, char out[11])
{
    int32_t z = days + 719468;
    int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    int32_t doe = z - era * 146097;
    int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int32_t y = yoe + era * 400;
    int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int32_t mp = (5 * doy + 2) / 153;
    int32_t d = doy - (153 * mp + 2) / 5 + 1;
    int32_t m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    int yy = (int)(y % 10000), mm = (int)(m % 100), dd = (int)(d % 100);
    out[0] = (char)('0' + yy / 1000);
    out[1] = (char)('0' + yy / 100 % 10);
    out[2] = (char)('0' + yy / 10 % 10);
    out[3] = (char)('0' + yy % 10);
    out[4] = '-';
    out[5] = (char)('0' + mm / 10);
    out[6] = (char)('0' + mm % 10);
    out[7] = '-';
    out[8] = (char)('0' + dd / 10);
    out[9] = (char)('0' + dd % 10);
    out[10] = '\0';
}

int dp__date_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (3) */
    int32_t w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

static bool is_off(const dp_constraints *c, int32_t date)
{
    if (c->weekdays_off & (1u << dp__date_weekday(date)))
        return true;
    size_t lo = 0, hi = c->n_days_off;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->days_off[mid] < date)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->n_days_off && c->days_off[lo] == date;
}

int32_t dp__calendar_date(const dp_constraints *c, int32_t day)
{
    int32_t date = c->start;
    if (c->weekdays_off == 0x7Fu)
        return date + day;
    while (is_off(c, date))
        date++;
    for (int32_t k = 0; k < day; k++) {
        date++;
        while (is_off(c, date))
            date++;
    }
    return date;
}

int32_t dp__calendar_day(const dp_constraints *c, int32_t date, bool *exact)
{
    *exact = date >= c->start && !is_off(c, date);
    if (date < c->start || c->weekdays_off == 0x7Fu)
        return date < c->start ? -1 : date - c->start;
    int32_t day = -1;
    for (int32_t d = c->start; d <= date; d++)
        if (!is_off(c, d))
            day++;
    if (!*exact)
        day++;
    return day;
}
