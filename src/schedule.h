/* Shooting schedule internals, shared by src/schedule*.c and the unit
 * tests. Days are 0-based inside (day number - 1). */
#ifndef DP_SCHEDULE_H
#define DP_SCHEDULE_H

#include "internal.h"

/* A run of shoot days, inclusive, 0-based once resolved. */
typedef struct dp__srange {
    int32_t from, to;
} dp__srange;

/* Availability: when 'only' is set, the ranges of 'avail' are the only
 * days; the ranges of 'unavail' are never. */
typedef struct dp__savail {
    bool only;
    dp__srange *avail;
    size_t n_avail;
    dp__srange *unavail;
    size_t n_unavail;
} dp__savail;

typedef struct dp__cactor {
    const char *name;
    const char **plays; /* the characters this actor plays, or NULL: the
                         * character named 'name' */
    size_t n_plays;
    uint32_t line, col;
    int64_t rate;   /* per day; 1 by default */
    bool minor;
    int turnaround; /* -1: the file's default, 0 or 1 */
    dp__savail av;
} dp__cactor;

typedef struct dp__cloc {
    const char *name; /* a set of the script, or the name of 'sets' */
    const char **sets; /* the sets shot at this location, or NULL */
    size_t n_sets;
    uint32_t line, col;
    dp__savail av;
} dp__cloc;

typedef struct dp__cpin {
    const char *scene;
    uint32_t line, col;
    int32_t day; /* 0-based */
} dp__cpin;

typedef struct dp__cconsec {
    const char **scenes;
    size_t n;
    uint32_t line, col;
} dp__cconsec;

/* The objective's terms, in the order they are reported. */
enum {
    DP__T_SHOOT_DAYS = 0,
    DP__T_ACTOR_DAYS,
    DP__T_MOVES,
    DP__T_LOCATION_DAYS,
    DP__T_SWITCHES,
    DP__T_MOVED, /* strips moved from the reference board (re-scheduling) */
    DP__T_COUNT
};
extern const char *const dp__sterm_names[DP__T_COUNT];
/* The terms 's' reports: DP__T_MOVED only with a reference board. */
#define DP__SCHED_TERMS(s) ((s)->ref_day ? DP__T_COUNT : DP__T_MOVED)

struct dp_constraints {
    dp__arena arena;
    bool has_start;
    int32_t start;          /* days since 1970-01-01 */
    uint8_t weekdays_off;   /* bit 0 Monday ... bit 6 Sunday */
    int32_t *days_off;      /* days since 1970, sorted */
    size_t n_days_off;
    uint32_t max_days;      /* 0: no limit */
    uint32_t line_max_days, col_max_days;
    uint32_t eighths_per_day;
    uint32_t minor_eighths; /* a day with a minor in it */
    bool mix_day_night;
    uint32_t max_moves;     /* company moves a day */
    bool turnaround;
    uint32_t extra_stunt, extra_sfx, extra_background;
    int64_t weights[DP__T_COUNT];
    dp__cactor *actors;
    size_t n_actors;
    dp__cloc *locs;
    size_t n_locs;
    dp__cpin *pins;
    size_t n_pins;
    dp__cconsec *consec;
    size_t n_consec;
};

/* The defaults of a file that says nothing. */
void dp__constraints_defaults(dp_constraints *c);

/* Dates: days since 1970-01-01 <-> "YYYY-MM-DD". */
bool dp__date_parse(const char *s, int32_t *days);
void dp__date_format(int32_t days, char out[11]);
/* 0 Monday ... 6 Sunday. */
int dp__date_weekday(int32_t days);
/* The date of shoot day 'day' (0-based) of calendar 'c' (has_start). */
int32_t dp__calendar_date(const dp_constraints *c, int32_t day);
/* The shoot day (0-based) on or after 'date'; '*exact' false when 'date'
 * itself is not a shoot day. */
int32_t dp__calendar_day(const dp_constraints *c, int32_t date, bool *exact);

/* A hard rule of the problem, each one switchable (explanations). */
typedef enum dp__rkind {
    DP__R_CAPACITY = 0, /* eighths a day                    */
    DP__R_DAY_NIGHT,    /* day and night apart              */
    DP__R_MOVES,        /* company moves a day              */
    DP__R_HORIZON,      /* at most max_days shoot days      */
    DP__R_MINOR,        /* children's hours                 */
    DP__R_TURNAROUND,   /* no day scene after a night day   */
    DP__R_ACTOR,        /* an actor's availability          */
    DP__R_LOCATION,     /* a location's availability        */
    DP__R_PIN,          /* a scene on a given day           */
    DP__R_CONSECUTIVE   /* scenes shot one after the other  */
} dp__rkind;

typedef struct dp__rule {
    dp__rkind kind;
    uint32_t ref;  /* actor, location, pin or group index */
    bool on;
    const char *text; /* plain words */
} dp__rule;

typedef struct dp__sscene {
    uint32_t loc;    /* location (set) index */
    bool night;
    uint32_t eighths, load;
    uint32_t *cast;  /* actor indices */
    size_t n_cast;
    bool minor;
    int32_t pin;     /* 0-based day or -1 */
    uint32_t pin_rule;
    int32_t group;   /* consecutive group or -1 */
    uint32_t group_pos;
} dp__sscene;

typedef struct dp__sactor {
    const char *name;
    const dp__cactor *src; /* its entry in the constraints, or NULL */
    int64_t rate;
    bool minor, turnaround;
    int32_t rule;          /* availability rule or -1 */
    uint8_t *ok;           /* per day (H) */
} dp__sactor;

typedef struct dp__sloc {
    const char *name;
    int32_t rule;
    uint8_t *ok;           /* per day (H), NULL: always */
} dp__sloc;

/* A board in the solver's terms: day of each scene (-1: boneyard) and
 * the order of the scenes within their days. */
typedef struct dp__sboard {
    int32_t *day_of;   /* n */
    uint32_t *seq;     /* n: scheduled scenes by day then order */
    uint32_t *dstart;  /* H + 1 */
    size_t n_seq;
} dp__sboard;

typedef struct dp__seval {
    int64_t terms[DP__T_COUNT];
    int64_t cost;     /* weighted */
    int64_t penalty;  /* hard-rule breaches, weighted by amount */
    size_t unscheduled;
} dp__seval;

struct dp_schedule {
    dp__arena arena;        /* the problem */
    const dp_breakdown *bd;
    dp_constraints *c;      /* the caller's, or the defaults */
    bool owns_c;
    size_t n, m, nl;        /* scenes, actors, locations */
    uint32_t H;             /* days the solver may use */
    uint8_t *follows;       /* H: day d comes the calendar day after d - 1 */
    dp__sscene *sc;
    dp__sactor *ac;
    dp__sloc *lc;
    dp__rule *rules;
    size_t n_rules;
    uint32_t **groups;      /* consecutive groups: scene indices */
    size_t *group_n;
    size_t n_groups;
    int64_t lb[DP__T_COUNT];
    /* the current board and what it gives (rebuilt by evaluate/solve) */
    dp__arena out;
    dp__sboard board;
    dp__seval ev;
    dp_schedule_day *days;
    size_t n_days;
    dp_report_day *rdays;
    uint32_t *boneyard;
    size_t n_boneyard;
    dp_schedule_cost costs[DP__T_COUNT];
    const char **violations;
    size_t n_violations;
    const char **conflicts;
    size_t n_conflicts;
    double seconds;
    bool has_baseline;
    int64_t baseline_terms[DP__T_COUNT];
    int64_t baseline_cost;
    int64_t baseline_penalty;
    /* re-scheduling: the reference board (day of each scene, -1: not on
     * it), its terms under these constraints; the strips moved */
    int32_t *ref_day;
    dp__seval ref_ev;
    dp_schedule_move *moved;
    size_t n_moved;
    /* what each hard rule costs (explain_costs), in s->arena */
    dp_schedule_rule_cost *rule_costs;
    size_t n_rule_costs;
};

/* Board storage for 's' (freed with the arena given). */
dp_status dp__sboard_alloc(const dp_schedule *s, dp__arena *a, dp__sboard *b);
void dp__sboard_copy(const dp_schedule *s, dp__sboard *dst, const dp__sboard *src);
/* Orders the scenes of each day (locations kept together, in order of
 * first need; a consecutive group together; day scenes before night) and
 * fills seq/dstart from day_of. 'scratch' has room for n. */
void dp__sboard_order(const dp_schedule *s, dp__sboard *b, uint32_t *scratch);

/* Cost terms and the weighted breach of the enabled hard rules. When
 * 'breaches' is not NULL, it is called for each breach (rule index, day,
 * scene or -1, amount). */
typedef void (*dp__sbreach_fn)(void *ctx, size_t rule, int32_t day, int32_t scene,
                               int64_t amount);
void dp__seval_board(const dp_schedule *s, const dp__sboard *b, int32_t *work,
                     dp__seval *out, dp__sbreach_fn breaches, void *ctx);
/* Room for the 'work' of dp__seval_board, in int32_t. */
#define DP__SEVAL_WORK(s) (3 * (s)->m + (s)->nl + 1)

/* The baseline a person makes first: scenes sorted by location then day
 * and night, cut into days at the capacity. Fills day_of and orders. */
void dp__sched_baseline(const dp_schedule *s, dp__sboard *b, uint32_t *scratch);

/* Lower bounds of each term over every board keeping the hard rules. */
void dp__sched_bounds(dp_schedule *s);

/* The search: from the baseline, the best board found into 'best'. */
typedef struct dp__ssearch {
    double deadline;     /* monotonic seconds; 0: none */
    uint64_t seed;
    uint32_t iterations;
    const int32_t *start; /* the day of each scene to start from, or NULL:
                           * the reference board, else the baseline */
} dp__ssearch;
dp_status dp__sched_search(const dp_schedule *s, const dp__ssearch *o, dp__sboard *best,
                           dp__seval *best_ev);

/* After the board in s->board changed: days, boneyard, costs, reasons,
 * violations into s->out. */
dp_status dp__sched_publish(dp_schedule *s);

/* The stripboard through the report writers (schedule_report.c): 'fmt'
 * DP_RF_PDF or DP_RF_XLSX. */
dp_status dp__schedule_report(const dp_schedule *s, dp_report_format fmt, const dp_sink *sink,
                              dp_error *err);

/* A minimal set of rules that no board found keeps together, into
 * s->conflicts. */
dp_status dp__sched_explain(dp_schedule *s, const dp__ssearch *o);

#endif
