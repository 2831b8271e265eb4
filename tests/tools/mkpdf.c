/* mkpdf IN OUT.pdf [--a4] [--numbers] [--revised] [--french]: renders a
 * script as a screenplay PDF (see mkpdf.h), for tests and by hand. */
#include <stdio.h>
#include <string.h>

#include "mkpdf.h"

int main(int argc, char **argv)
{
    dpt_pdf_style st = {0};
    const char *files[2] = {NULL, NULL};
    int nf = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--a4"))
            st.a4 = true;
        else if (!strcmp(argv[i], "--numbers"))
            st.numbers = true;
        else if (!strcmp(argv[i], "--revised"))
            st.revised = true;
        else if (!strcmp(argv[i], "--french"))
            st.french = true;
        else if (nf < 2)
            files[nf++] = argv[i];
    }
    if (nf != 2) {
        fprintf(stderr, "usage: mkpdf IN OUT.pdf [--a4] [--numbers] [--revised] [--french]\n");
        return 2;
    }
    return dpt_mkpdf(files[0], files[1], &st) ? 1 : 0;
}
