/* Plural-Forms expressions, parsed by recursive descent into a flat array of nodes. The grammar
 * is C's, restricted to what gettext's plural rules use, with C's precedence:
 *   cond := or ['?' cond ':' cond]     or := and {'||' and}     and := eq {'&&' eq}
 *   eq := rel {('=='|'!=') rel}        rel := add {('<'|'>'|'<='|'>=') add}
 *   add := mul {('+'|'-') mul}         mul := unary {('*'|'/'|'%') unary}
 *   unary := '!' unary | '(' cond ')' | 'n' | number
 * The text comes from a file a translator edited, so size and depth are bounded and arithmetic
 * cannot trap (unsigned, division by zero gives 0). */
#include "crossings/plural.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NODES 256
#define MAX_DEPTH 64
#define MAX_FORMS 6

typedef enum { OP_NUM, OP_N, OP_NOT, OP_BIN, OP_COND } op_kind;

typedef struct {
    op_kind kind;
    char op[3]; /* OP_BIN: "==", "%", ... */
    unsigned long value;
    int a, b, c; /* child node indices */
} node;

struct crs_plural {
    int nplurals, root, count;
    node nodes[MAX_NODES];
};

typedef struct {
    const char *s;
    crs_plural *p;
    int depth;
    const char *error; /* first error, or NULL */
} parser;

static void skip_space(parser *P)
{
    while (*P->s == ' ' || *P->s == '\t' || *P->s == '\n' || *P->s == '\r') P->s++;
}

static int fail(parser *P, const char *why)
{
    if (!P->error) P->error = why;
    return -1;
}

static int add_node(parser *P, node n)
{
    if (P->p->count >= MAX_NODES) return fail(P, "the expression is too long");
    P->p->nodes[P->p->count] = n;
    return P->p->count++;
}

/* Consumes tok (after spaces) when it is next; two-character operators are matched whole, so
 * "<" does not take the first half of "<=". */
static int accept(parser *P, const char *tok)
{
    skip_space(P);
    size_t n = strlen(tok);
    if (strncmp(P->s, tok, n) != 0) return 0;
    if (n == 1 && (tok[0] == '<' || tok[0] == '>' || tok[0] == '!' || tok[0] == '=') &&
        P->s[1] == '=')
        return 0;
    if (n == 1 && (tok[0] == '&' || tok[0] == '|')) return 0; /* never single */
    P->s += n;
    return 1;
}

static int parse_cond(parser *P);

static int binary(parser *P, int a, const char *op, int b)
{
    if (a < 0 || b < 0) return -1;
    node n = {OP_BIN, {op[0], op[1], '\0'}, 0, a, b, -1};
    return add_node(P, n);
}

static int parse_unary(parser *P)
{
    if (++P->depth > MAX_DEPTH) return fail(P, "the expression is nested too deeply");
    int r;
    skip_space(P);
    if (accept(P, "!")) {
        int a = parse_unary(P);
        node n = {OP_NOT, "", 0, a, -1, -1};
        r = a < 0 ? -1 : add_node(P, n);
    } else if (accept(P, "(")) {
        r = parse_cond(P);
        if (r >= 0 && !accept(P, ")")) r = fail(P, "a ')' is missing");
    } else if (*P->s == 'n') {
        P->s++;
        node n = {OP_N, "", 0, -1, -1, -1};
        r = add_node(P, n);
    } else if (*P->s >= '0' && *P->s <= '9') {
        unsigned long v = 0;
        while (*P->s >= '0' && *P->s <= '9') {
            if (v > 100000000ul) return fail(P, "a number is too large");
            v = v * 10 + (unsigned long)(*P->s++ - '0');
        }
        node n = {OP_NUM, "", v, -1, -1, -1};
        r = add_node(P, n);
    } else {
        r = fail(P, "a number, 'n' or '(' was expected");
    }
    P->depth--;
    return r;
}

/* One left-associative level: next parses the operands, ops lists the operators. */
static int parse_level(parser *P, int (*next)(parser *), const char *const *ops)
{
    int a = next(P);
    for (;;) {
        const char *const *op = ops;
        while (*op && !accept(P, *op)) op++;
        if (!*op || a < 0) return a;
        a = binary(P, a, *op, next(P));
    }
}

static int parse_mul(parser *P)
{
    static const char *const ops[] = {"*", "/", "%", NULL};
    return parse_level(P, parse_unary, ops);
}
static int parse_add(parser *P)
{
    static const char *const ops[] = {"+", "-", NULL};
    return parse_level(P, parse_mul, ops);
}
static int parse_rel(parser *P)
{
    static const char *const ops[] = {"<=", ">=", "<", ">", NULL};
    return parse_level(P, parse_add, ops);
}
static int parse_eq(parser *P)
{
    static const char *const ops[] = {"==", "!=", NULL};
    return parse_level(P, parse_rel, ops);
}
static int parse_and(parser *P)
{
    static const char *const ops[] = {"&&", NULL};
    return parse_level(P, parse_eq, ops);
}
static int parse_or(parser *P)
{
    static const char *const ops[] = {"||", NULL};
    return parse_level(P, parse_and, ops);
}

static int parse_cond(parser *P)
{
    if (++P->depth > MAX_DEPTH) return fail(P, "the expression is nested too deeply");
    int c = parse_or(P);
    if (c >= 0 && accept(P, "?")) {
        int a = parse_cond(P);
        if (a >= 0 && !accept(P, ":")) a = fail(P, "a ':' is missing");
        int b = a < 0 ? -1 : parse_cond(P);
        node n = {OP_COND, "", 0, c, a, b};
        c = b < 0 ? -1 : add_node(P, n);
    }
    P->depth--;
    return c;
}

/* "name = " at the start of a field; returns 1 and moves past it. */
static int field(parser *P, const char *name)
{
    skip_space(P);
    size_t n = strlen(name);
    if (strncmp(P->s, name, n) != 0) return 0;
    P->s += n;
    return accept(P, "=");
}

crs_plural *crs_plural_parse(const char *forms, crs_diag *err)
{
    crs_plural *p = calloc(1, sizeof *p);
    if (!p) return crs_diag_set(err, CRS_E_MEMORY, "out of memory"), NULL;
    parser P = {forms ? forms : "", p, 0, NULL};
    unsigned long np = 0;
    if (!field(&P, "nplurals")) {
        fail(&P, "'nplurals=' was expected");
    } else {
        skip_space(&P);
        if (*P.s < '0' || *P.s > '9') fail(&P, "nplurals is not a number");
        while (*P.s >= '0' && *P.s <= '9' && np <= MAX_FORMS)
            np = np * 10 + (unsigned long)(*P.s++ - '0');
        if (!P.error && (np < 1 || np > MAX_FORMS)) fail(&P, "nplurals must be 1 to 6");
        if (!P.error && !accept(&P, ";")) fail(&P, "a ';' after nplurals is missing");
        if (!P.error && !field(&P, "plural")) fail(&P, "'plural=' was expected");
        if (!P.error) p->root = parse_cond(&P);
        accept(&P, ";");
        skip_space(&P);
        if (!P.error && *P.s) fail(&P, "unexpected text after the expression");
    }
    if (P.error) {
        char msg[200];
        snprintf(msg, sizeof msg, "Plural-Forms: %s at character %d", P.error,
                 (int)(P.s - (forms ? forms : "")) + 1);
        crs_diag_set(err, CRS_E_VALUE, msg);
        free(p);
        return NULL;
    }
    p->nplurals = (int)np;
    return p;
}

void crs_plural_free(crs_plural *p)
{
    free(p);
}

int crs_plural_count(const crs_plural *p)
{
    return p ? p->nplurals : 1;
}

static unsigned long eval(const crs_plural *p, int i, unsigned long n)
{
    const node *x = &p->nodes[i];
    switch (x->kind) {
    case OP_NUM:
        return x->value;
    case OP_N:
        return n;
    case OP_NOT:
        return !eval(p, x->a, n);
    case OP_COND:
        return eval(p, x->a, n) ? eval(p, x->b, n) : eval(p, x->c, n);
    case OP_BIN:
        break;
    }
    unsigned long a = eval(p, x->a, n);
    /* && and || short-circuit as in C */
    if (!strcmp(x->op, "&&")) return a && eval(p, x->b, n);
    if (!strcmp(x->op, "||")) return a || eval(p, x->b, n);
    unsigned long b = eval(p, x->b, n);
    switch (x->op[0]) {
    case '*':
        return a * b;
    case '/':
        return b ? a / b : 0;
    case '%':
        return b ? a % b : 0;
    case '+':
        return a + b;
    case '-':
        return a - b;
    case '<':
        return x->op[1] ? a <= b : a < b;
    case '>':
        return x->op[1] ? a >= b : a > b;
    case '=':
        return a == b;
    case '!':
        return a != b;
    default:
        return 0;
    }
}

unsigned long crs_plural_eval(const crs_plural *p, unsigned long n)
{
    if (!p) return n == 1 ? 0 : 1; /* English, the source language */
    unsigned long i = eval(p, p->root, n);
    return i < (unsigned long)p->nplurals ? i : 0;
}
