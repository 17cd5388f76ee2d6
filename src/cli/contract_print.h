/* Human-readable (Dutch) printing of contract read models for the CLI. */
#ifndef INC_CONTRACT_PRINT_H
#define INC_CONTRACT_PRINT_H
#include <jansson.h>

void print_contract_table(json_t *items);
void print_contract_detail(json_t *c);

#endif
