/* Benchmark data generator: contracts and realisations CSV files in the import format.
 *
 *   generate CONTRACTS REALISATIONS OUTDIR
 *
 * writes OUTDIR/contracts.csv and OUTDIR/realisations.csv. Deterministic (same arguments, same
 * bytes). Contracts go to the three municipalities with seeded policies (zoetermeer, lansingerland,
 * pijnacker-nootdorp), are all subject to social return (werken/diensten, not enkelvoudig) and are
 * awarded 2020-2025. Realisations are spread round-robin over the contracts; each job realisation
 * has its own candidate (a distinct BSN passing the elfproef) so no double counting is refused;
 * a fifth are hour-based coaching and a tenth purchases from a social enterprise (no BSN). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const MUNI[] = {"zoetermeer", "lansingerland", "pijnacker-nootdorp"};
static const char *const CAT[] = {"werken", "diensten"};
static const char *const PROC[] = {"meervoudig-onderhands", "nationaal", "europees"};
static const char *const JOBS[] = {"zu-werkzoekend", "ls-stage-mbo-hbo", "mu-ww", "mu-wia", "mu-participatiewet",
                                   "mu-banenafspraak", "ls-bbl-2"};

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : d[m - 1];
}

/* Day number <-> y-m-d, counting from 2019-01-01 = 0 (enough for this generator). */
static void ymd(int day, int *y, int *m, int *d)
{
    *y = 2019;
    *m = 1;
    while (day >= days_in_month(*y, *m)) {
        day -= days_in_month(*y, *m);
        if (++*m == 13) { *m = 1; ++*y; }
    }
    *d = day + 1;
}

static void iso(int day, char out[16])
{
    int y, m, d;
    ymd(day, &y, &m, &d);
    snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
}

typedef struct {
    int award, start, end;
} period;

/* Contract i's dates: award 2020-02-01 + up to ~5.8 years, start 2-8 weeks later, 1-4 years long. */
static period contract_period(long i)
{
    uint64_t h = mix((uint64_t)i * 7919 + 1);
    period p;
    p.award = 396 + (int)(h % 2100);
    p.start = p.award + 14 + (int)((h >> 12) % 42);
    p.end = p.start + 365 * (1 + (int)((h >> 20) % 4)) - 1;
    return p;
}

/* The n-th BSN passing the elfproef: 8 digits from a counter, the 9th the check digit. */
static void bsn_of(uint64_t *counter, char out[16])
{
    for (;;) {
        uint64_t n = 10000000 + (*counter)++;
        char d[24];
        snprintf(d, sizeof d, "%08llu", (unsigned long long)(n % 100000000));
        int s = 0;
        for (int k = 0; k < 8; k++) s += (9 - k) * (d[k] - '0');
        int check = s % 11;
        if (check == 10 || s == check) continue; /* no check digit, or a zero sum */
        snprintf(out, 16, "%.8s%d", d, check);
        return;
    }
}

static void reference_of(long i, char out[32]) { snprintf(out, 32, "SR-%07ld", i + 1); }

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "gebruik: %s CONTRACTEN REALISATIES UITVOERMAP\n", argv[0]);
        return 2;
    }
    long nc = atol(argv[1]), nr = atol(argv[2]);
    if (nc <= 0 || nr < 0) return 2;
    char path[4096];
    snprintf(path, sizeof path, "%s/contracts.csv", argv[3]);
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); return 1; }
    fputs("municipality,department,reference,title,category,procedure,value,labour_share_pct,award_date,start_date,"
          "end_date,contractor_kvk,contractor_name,cpv,sebo_holder,extra_pct,exemption_pct,exemption_by,"
          "exemption_date,exemption_reason\n", f);
    for (long i = 0; i < nc; i++) {
        uint64_t h = mix((uint64_t)i + 0x9e37);
        period p = contract_period(i);
        char a[16], s[16], e[16], ref[32];
        iso(p.award, a);
        iso(p.start, s);
        iso(p.end, e);
        reference_of(i, ref);
        long kvk = 10000000 + (long)(h % 4000);  /* 4,000 contractors, reused across contracts */
        long euros = 100000 + (long)((h >> 8) % 4900000);
        int cents = (int)((h >> 40) % 100);
        int labour = 10 + (int)((h >> 30) % 70);
        fprintf(f, "%s,%s,%s,\"Opdracht %ld, perceel %d\",%s,%s,%ld.%02d,%d,%s,%s,%s,%ld,Bouwbedrijf %ld B.V.,%s,%s,%s,,,,\n",
                MUNI[i % 3], (h >> 50) % 2 ? "Stadsbeheer" : "Sociaal Domein", ref, i + 1, (int)((h >> 4) % 5) + 1,
                CAT[(h >> 2) % 2], PROC[(h >> 6) % 3], euros, cents, labour, a, s, e, kvk, kvk,
                (h >> 3) % 2 ? "45000000-7" : "", (h >> 44) % 10 == 0 ? "ja" : "nee", (h >> 46) % 4 == 0 ? "1.5" : "");
    }
    fclose(f);

    snprintf(path, sizeof path, "%s/realisations.csv", argv[3]);
    if (!(f = fopen(path, "w"))) { perror(path); return 1; }
    fputs("municipality,contract_reference,block,bsn,candidate_ref,hours_per_week,hours,start,end,amount,subsidy_end\n", f);
    uint64_t bsn_counter = 0;
    for (long r = 0; r < nr; r++) {
        long i = r % nc;
        uint64_t h = mix((uint64_t)r * 31 + 17);
        period p = contract_period(i);
        char ref[32], s[16], e[16], bsn[16];
        reference_of(i, ref);
        int len = p.end - p.start + 1;
        int from = p.start + (int)(h % (uint64_t)(len - 30));
        int to = from + 29 + (int)((h >> 16) % 300);
        if (to > p.end) to = p.end;
        iso(from, s);
        iso(to, e);
        int kind = (int)((h >> 32) % 10);
        if (kind < 7) {
            bsn_of(&bsn_counter, bsn);
            fprintf(f, "%s,%s,%s,%s,K-%ld,%d,,%s,%s,,\n", MUNI[i % 3], ref, JOBS[(h >> 36) % 7], bsn, r + 1,
                    16 + (int)((h >> 40) % 25), s, e);
        } else if (kind < 9) {
            fprintf(f, "%s,%s,ow-begeleiding,,,,%d.%d,%s,%s,,\n", MUNI[i % 3], ref, 4 + (int)((h >> 40) % 80),
                    (int)((h >> 48) % 2) * 5, s, e);
        } else {
            fprintf(f, "%s,%s,ma-sociale-onderneming,,,,,%s,%s,%ld.%02d,\n", MUNI[i % 3], ref, s, s,
                    500 + (long)((h >> 40) % 20000), (int)((h >> 56) % 100));
        }
    }
    fclose(f);
    return 0;
}
