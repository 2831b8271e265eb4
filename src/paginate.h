/* The pagination behind the opaque dp_pagination. */
#ifndef DP_PAGINATE_H
#define DP_PAGINATE_H

#include "doc.h"

typedef struct pg_element {
    uint32_t page;  /* 0: not printed */
    uint32_t lines; /* with spacing before and split decorations */
    uint64_t at;    /* absolute line where it starts: (page - 1) * lines
                     * per page + line on the page, before its spacing */
    uint64_t end;   /* absolute line after its last printed row */
} pg_element;

struct dp_pagination {
    const dp_doc *doc;
    dp_paper paper;
    uint32_t lines_per_page;
    uint32_t pages;
    uint64_t end_at; /* absolute line after the last printed line */
    pg_element *el; /* one per doc element */
};

/* LETTER or A4 for 'paper' (AUTO: the paper a Final Draft file names,
 * else A4 when the script is French). */
dp_paper dp__paper_resolve(const dp_doc *doc, dp_paper paper);
/* Eighths of a page for 'lines' printed lines: rounded up, at least 1
 * (measured against Final Draft's own scene lengths). */
uint32_t dp__eighths(uint32_t lines, uint32_t lines_per_page);

#endif
