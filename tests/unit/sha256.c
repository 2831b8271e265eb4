/* SHA-256 against the FIPS 180-4 examples. */
#include "../harness.h"
#include "sha256.h"

#include <stdlib.h>

static void vectors(void)
{
    char h[65];
    dp__sha256_hex("", 0, h);
    CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    dp__sha256_hex("abc", 3, h);
    CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"; /* 56 bytes */
    dp__sha256_hex(two, strlen(two), h);
    CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char *million = malloc(1000000);
    if (!million)
        return;
    memset(million, 'a', 1000000);
    dp__sha256_hex(million, 1000000, h);
    CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(million);
}

void dpt_suite_sha256(void) { dpt_run("sha256: FIPS 180-4 examples", vectors); }
