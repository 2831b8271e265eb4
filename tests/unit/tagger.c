/* Unit tests: src/tagger.c, src/items.c (rule families). */
#include "../harness.h"

void dpt_suite_tagger(void)
{
}
