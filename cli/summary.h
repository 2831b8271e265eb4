/* A readable text summary of a breakdown ("--format text"). */
#ifndef DPX_SUMMARY_H
#define DPX_SUMMARY_H

#include "depouille.h"
#include "output.h"

void dpx_summary_write(const dp_breakdown *bd, dpx_out *out);

#endif
