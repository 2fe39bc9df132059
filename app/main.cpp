// SPDX-License-Identifier: MIT
#include <cstdio>
int main()
{
    std::puts("usage: actviz list|eval|softmax|saturation ...");
    return 0;
}
