/* gen-database.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Writes a large Vocation database for the start-up benchmark: by default 100,000 job
 * postings (each with a few paragraphs of description in job_posting_text), 2,000
 * applications with their stage history, 5,000 achievement bullets, and the companies,
 * experiences, engagements and skills they refer to.
 *
 * The schema comes from the real library (voc_database_open() runs the migrations), so the
 * file is exactly what Vocation would have written. The rows go in through raw prepared
 * statements inside one transaction, because a million repository calls with audit records
 * would take minutes and measure nothing the benchmark is about. The FTS triggers of the
 * schema still run, so the full-text index is as large as in real use.
 *
 * Text is made from fixed word lists with a seeded random generator: the same seed gives the
 * same postings (only the UUIDs and the dates, which are relative to now, differ).
 */

#define G_LOG_DOMAIN "gen-database"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "voc-database-private.h"

#define DEFAULT_POSTINGS     100000
#define DEFAULT_APPLICATIONS 2000
#define DEFAULT_BULLETS      5000
#define N_EXPERIENCES        8
#define N_ENGAGEMENTS        24
#define USEC_PER_DAY         (G_USEC_PER_SEC * (gint64) 86400)
#define POSTING_SPAN_DAYS    730

#define TIMESTAMP_LEN        sizeof "2026-11-23T12:00:00.000000Z"

typedef struct
{
  VocDatabase *database;
  sqlite3     *handle;
  GRand       *rand;
  gint64       now;            /* µs since the epoch */
  GString     *body;
  GString     *raw;
  GString     *json;

  guint        n_postings;
  guint        n_applications;
  guint        n_bullets;
  guint        n_companies;
  guint        n_stage_changes;
} Generator;

typedef struct
{
  const char *name;
  const char *currency;
  guint       salary_factor;   /* percent of the base salary, in that currency */
} City;

typedef struct
{
  const char *prefix;
  const char *nick;
  guint       base_salary;     /* yearly, whole currency units */
} Seniority;

typedef struct
{
  const char *nick;
  guint       weight;
} Weighted;

static const City cities[] = {
  { "Berlin, Germany", "EUR", 100 },       { "Munich, Germany", "EUR", 110 },
  { "Hamburg, Germany", "EUR", 100 },      { "Amsterdam, Netherlands", "EUR", 105 },
  { "Rotterdam, Netherlands", "EUR", 95 }, { "Paris, France", "EUR", 100 },
  { "Lyon, France", "EUR", 85 },           { "Lisbon, Portugal", "EUR", 65 },
  { "Porto, Portugal", "EUR", 60 },        { "Madrid, Spain", "EUR", 75 },
  { "Barcelona, Spain", "EUR", 78 },       { "Milan, Italy", "EUR", 80 },
  { "Vienna, Austria", "EUR", 95 },        { "Zurich, Switzerland", "CHF", 170 },
  { "Dublin, Ireland", "EUR", 110 },       { "Copenhagen, Denmark", "DKK", 780 },
  { "Stockholm, Sweden", "SEK", 1050 },    { "Oslo, Norway", "NOK", 1100 },
  { "Helsinki, Finland", "EUR", 90 },      { "Warsaw, Poland", "PLN", 300 },
  { "Prague, Czechia", "CZK", 1900 },      { "London, United Kingdom", "GBP", 95 },
  { "Manchester, United Kingdom", "GBP", 75 }, { "Edinburgh, United Kingdom", "GBP", 78 },
  { "New York, NY", "USD", 160 },          { "San Francisco, CA", "USD", 175 },
  { "Seattle, WA", "USD", 165 },           { "Austin, TX", "USD", 135 },
  { "Boston, MA", "USD", 150 },            { "Chicago, IL", "USD", 135 },
  { "Denver, CO", "USD", 130 },            { "Atlanta, GA", "USD", 120 },
  { "Toronto, Canada", "CAD", 140 },       { "Vancouver, Canada", "CAD", 140 },
  { "Montreal, Canada", "CAD", 125 },      { "Sydney, Australia", "AUD", 160 },
  { "Melbourne, Australia", "AUD", 150 },  { "Singapore", "SGD", 150 },
  { "Tokyo, Japan", "JPY", 13000 },        { "Bangalore, India", "INR", 3000 },
};

static const Seniority seniorities[] = {
  { "Intern",    "intern",    25000 },
  { "Junior",    "junior",    45000 },
  { "",          "mid",       60000 },
  { "",          "unknown",   60000 },
  { "Senior",    "senior",    78000 },
  { "Staff",     "lead",      95000 },
  { "Lead",      "lead",      92000 },
  { "Principal", "principal", 115000 },
  { "Head of",   "executive", 130000 },
};

static const guint seniority_weights[] = { 2, 12, 25, 10, 30, 6, 8, 4, 3 };

static const char *roles[] = {
  "Software Engineer", "Backend Engineer", "Frontend Developer", "Full-Stack Engineer",
  "Data Engineer", "Data Scientist", "Machine Learning Engineer", "Site Reliability Engineer",
  "DevOps Engineer", "Platform Engineer", "Product Manager", "Product Designer",
  "UX Researcher", "Engineering Manager", "QA Engineer", "Security Engineer",
  "iOS Developer", "Android Developer", "Solutions Architect", "Technical Writer",
  "Data Analyst", "Embedded Software Engineer", "Cloud Engineer", "Database Administrator",
  "Developer Advocate", "Support Engineer", "Release Engineer", "Analytics Engineer",
};

static const char *company_prefixes[] = {
  "North", "Blue", "Bright", "Silver", "Red", "Open", "Deep", "Swift", "Clear", "Green",
  "Iron", "Lumen", "Nova", "Quant", "Stellar", "Urban", "Vertex", "Wave", "Zen", "Alpine",
  "Cedar", "Copper", "Ember", "Falcon", "Granite", "Harbor", "Indigo", "Juniper", "Kestrel",
  "Maple",
};

static const char *company_roots[] = {
  "wind", "stone", "field", "path", "bridge", "forge", "leaf", "peak", "port", "light",
  "river", "grid", "loop", "works", "scale", "stack", "line", "gate", "mark", "point",
  "shift", "craft", "base", "spark", "beam",
};

static const char *company_suffixes[] = {
  "Labs", "Analytics", "Systems", "Software", "Health", "Robotics", "Logistics", "Finance",
  "Energy", "Studios", "Technologies", "Networks", "Bio", "Media", "Security", "Cloud",
};

static const char *company_industries[] = {
  "Software", "Data and analytics", "Enterprise software", "Software", "Healthcare",
  "Robotics", "Logistics", "Financial services", "Energy", "Games and media", "Technology",
  "Telecommunications", "Biotechnology", "Media", "Cybersecurity", "Cloud infrastructure",
};

static const char *company_sizes[] = {
  "1–10", "11–50", "51–200", "201–500", "501–1,000", "1,001–5,000", "5,001+",
};

static const char *skills[] = {
  "Python", "Go", "Rust", "C", "C++", "Java", "Kotlin", "Swift", "TypeScript", "JavaScript",
  "React", "Vue", "Angular", "Node.js", "Django", "Flask", "Spring Boot", "PostgreSQL",
  "MySQL", "SQLite", "Redis", "Kafka", "RabbitMQ", "Elasticsearch", "Kubernetes", "Docker",
  "Terraform", "Ansible", "AWS", "Google Cloud", "Azure", "Linux", "GTK", "Git", "CI/CD",
  "GraphQL", "REST APIs", "gRPC", "Spark", "Airflow", "dbt", "pandas", "PyTorch",
  "TensorFlow", "scikit-learn", "SQL", "Tableau", "Figma", "Prometheus", "Grafana",
  "OpenTelemetry", "nginx", "Bash", "Scala", "Elixir", "Ruby on Rails", "PHP", "Snowflake",
  "BigQuery", "Jira",
};

static const char *products[] = {
  "a payments platform", "tools for small logistics companies", "an open-source database",
  "software that helps hospitals schedule staff", "a marketplace for renewable energy",
  "developer tools", "a privacy-first analytics suite", "the infrastructure behind online "
  "learning", "an API for identity verification", "a design tool for hardware teams",
  "a platform for clinical trials", "software for independent retailers",
  "a fleet management system", "a customer support platform", "a mobile banking app",
};

static const char *audiences[] = {
  "thousands of businesses in Europe", "teams of every size", "millions of people every day",
  "public institutions", "engineers around the world", "small and medium businesses",
  "some of the largest retailers", "researchers and clinicians",
};

static const char *duties[] = {
  "design, build and run services that handle millions of requests a day",
  "own features from the first sketch to production",
  "improve the reliability and performance of our platform",
  "work with product and design to shape the roadmap",
  "review code and mentor other engineers", "write clear technical documentation",
  "take part in a fair and well-paid on-call rotation",
  "turn messy data into models and dashboards people trust",
  "automate our build, test and release pipelines",
  "talk to customers to understand what they need",
  "keep our systems secure and our customers' data private",
  "migrate legacy components to a modern architecture",
};

static const char *teams[] = {
  "a small cross-functional team", "the platform team", "our data team",
  "product managers and designers", "the customer success team", "the founders",
};

static const char *work_places[] = {
  "from home", "from our office", "partly from home and partly from the office",
  "across three time zones",
};

static const char *meetups[] = {
  "twice a year", "every quarter", "once a month", "for a week every spring",
};

static const char *benefits[] = {
  "30 days of paid holiday", "a yearly learning budget", "flexible working hours",
  "a home-office allowance", "private health insurance", "a company pension plan",
  "parental leave above the legal minimum", "a public transport ticket",
  "equity in a growing company", "four-day weeks in the summer",
};

static const char *bullet_verbs[] = {
  "Led", "Built", "Designed", "Migrated", "Automated", "Rewrote", "Launched", "Scaled",
  "Introduced", "Owned", "Simplified", "Shipped",
};

static const char *bullet_objects[] = {
  "the billing service", "a real-time analytics pipeline", "the mobile checkout flow",
  "our deployment tooling", "the search backend", "an internal design system",
  "the data warehouse", "customer onboarding", "the monitoring and alerting stack",
  "a recommendation engine", "the public API", "the authentication service",
};

static const char *bullet_results[] = {
  "cutting p95 latency by %u%%", "reducing cloud costs by %u%%",
  "raising conversion by %u%%", "halving the time to release, to %u minutes",
  "serving %u thousand requests per second", "removing %u%% of support tickets",
  "saving the team %u hours a week", "bringing test coverage to %u%%",
};

static const char *employers[] = {
  "Acme Consulting", "Northwind Analytics", "Bluepeak Software", "Silverline Logistics",
  "Openforge Labs", "Stellarbase Finance", "Urbanmark Media", "Granite Health",
};

static const char *experience_titles[] = {
  "Principal Consultant", "Senior Software Engineer", "Software Engineer",
  "Backend Developer", "Senior Consultant", "Junior Developer", "Developer Intern",
  "Intern",
};

static const Weighted employment_types[] = {
  { "full-time", 80 }, { "contract", 10 }, { "part-time", 5 }, { "internship", 3 },
  { "temporary", 2 },
};

static const Weighted remote_modes[] = {
  { "on-site", 35 }, { "hybrid", 40 }, { "remote", 20 }, { "unknown", 5 },
};

static const Weighted sources[] = {
  { "manual", 10 }, { "paste", 25 }, { "url", 20 }, { "greenhouse", 20 }, { "lever", 15 },
  { "ashby", 10 },
};

/* Where applications end up; the path to the final stage is filled in by generate_stages(). */
static const Weighted final_stages[] = {
  { "prospect", 20 }, { "applied", 33 }, { "screen", 10 }, { "interview", 9 }, { "offer", 3 },
  { "accepted", 1 }, { "rejected", 19 }, { "withdrawn", 5 },
};

static const char *pipeline[] = {
  "prospect", "applied", "screen", "interview", "offer", "accepted",
};

static const char *application_sources[] = {
  "LinkedIn", "Company website", "Referral", "Recruiter", "Job board", NULL,
};

/* Helpers */

static const char *
pick (Generator          *self,
      const char * const *items,
      guint               n_items)
{
  return items[g_rand_int_range (self->rand, 0, n_items)];
}

#define PICK(self, array) pick ((self), (const char * const *) (array), G_N_ELEMENTS (array))

static const char *
pick_weighted (Generator      *self,
               const Weighted *items,
               guint           n_items)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n_items; i++)
    total += items[i].weight;

  r = g_rand_int_range (self->rand, 0, total);
  for (guint i = 0; i < n_items; i++)
    {
      if (r < items[i].weight)
        return items[i].nick;
      r -= items[i].weight;
    }

  return items[n_items - 1].nick;
}

static guint
pick_index_weighted (Generator   *self,
                     const guint *weights,
                     guint        n_weights)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];

  r = g_rand_int_range (self->rand, 0, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  return n_weights - 1;
}

static guint
range (Generator *self,
       guint      low,
       guint      high)
{
  return g_rand_int_range (self->rand, low, high + 1);
}

static gboolean
chance (Generator *self,
        guint      percent)
{
  return g_rand_int_range (self->rand, 0, 100) < (gint32) percent;
}

/* Fixed-width ISO 8601 in UTC, as the store writes it. */
static void
format_timestamp (gint64 usec,
                  char   buffer[TIMESTAMP_LEN])
{
  time_t seconds = usec / G_USEC_PER_SEC;
  struct tm tm;

  gmtime_r (&seconds, &tm);
  g_snprintf (buffer, TIMESTAMP_LEN, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
              tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
              (int) (usec % G_USEC_PER_SEC));
}

/* Binds uuid, created_at and updated_at, the first three parameters of every insert. */
static void
bind_common (sqlite3_stmt *stmt,
             gint64        created,
             gint64        updated)
{
  g_autofree char *uuid = g_uuid_string_random ();
  char created_at[TIMESTAMP_LEN];
  char updated_at[TIMESTAMP_LEN];

  format_timestamp (created, created_at);
  format_timestamp (updated, updated_at);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, created_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, updated_at, -1, SQLITE_TRANSIENT);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  /* A NULL text binds SQL NULL. */
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_timestamp (sqlite3_stmt *stmt,
                int           index,
                gint64        usec)
{
  char buffer[TIMESTAMP_LEN];

  format_timestamp (usec, buffer);
  sqlite3_bind_text (stmt, index, buffer, -1, SQLITE_TRANSIENT);
}

static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (json, '\\');
      g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* Fills self->json with a JSON array of @n distinct skills, and @picked with their indexes. */
static const char *
skills_json (Generator *self,
             guint      n,
             guint     *picked)
{
  g_string_truncate (self->json, 0);
  g_string_append_c (self->json, '[');

  for (guint i = 0; i < n; i++)
    {
      guint skill;
      gboolean seen;

      do
        {
          skill = g_rand_int_range (self->rand, 0, G_N_ELEMENTS (skills));
          seen = FALSE;
          for (guint j = 0; j < i; j++)
            seen = seen || picked[j] == skill;
        }
      while (seen);

      picked[i] = skill;
      if (i > 0)
        g_string_append_c (self->json, ',');
      append_json_string (self->json, skills[skill]);
    }

  g_string_append_c (self->json, ']');
  return self->json->str;
}

static guint
company_suffix_index (guint index)
{
  guint n_names = G_N_ELEMENTS (company_prefixes) * G_N_ELEMENTS (company_roots)
                  * G_N_ELEMENTS (company_suffixes);
  guint scattered = (guint) (((guint64) index * 7919) % n_names);

  return (scattered / (G_N_ELEMENTS (company_prefixes) * G_N_ELEMENTS (company_roots)))
         % G_N_ELEMENTS (company_suffixes);
}

static char *
company_name (guint index)
{
  guint n_prefixes = G_N_ELEMENTS (company_prefixes);
  guint n_roots = G_N_ELEMENTS (company_roots);
  guint n_suffixes = G_N_ELEMENTS (company_suffixes);
  guint n_names = n_prefixes * n_roots * n_suffixes;
  /* 7919 is prime and does not divide n_names: consecutive companies get unrelated names. */
  guint scattered = (guint) (((guint64) index * 7919) % n_names);
  const char *prefix = company_prefixes[scattered % n_prefixes];
  const char *root = company_roots[(scattered / n_prefixes) % n_roots];
  const char *suffix = company_suffixes[company_suffix_index (index)];

  if (index < n_names)
    return g_strdup_printf ("%s%s %s", prefix, root, suffix);

  return g_strdup_printf ("%s%s %s %u", prefix, root, suffix, 1 + index / n_names);
}

/* Where a remote job may be done from. */
static const char *
region (const City *city)
{
  if (g_str_equal (city->currency, "USD") || g_str_equal (city->currency, "CAD"))
    return "North America";
  if (g_str_equal (city->currency, "GBP"))
    return "United Kingdom";
  if (g_str_equal (city->currency, "AUD") || g_str_equal (city->currency, "SGD") ||
      g_str_equal (city->currency, "JPY") || g_str_equal (city->currency, "INR"))
    return "Asia-Pacific";

  return "Europe";
}

/* Runs an insert and leaves the statement ready for the next row, with every parameter back
 * to NULL: the rows bind some columns only some of the time. */
static gboolean
step (Generator     *self,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  gboolean done = voc_database_step_done (self->database, stmt, error);

  sqlite3_clear_bindings (stmt);
  return done;
}

/* Tables */

static gboolean
generate_profile (Generator  *self,
                  GError    **error)
{
  char updated_at[TIMESTAMP_LEN];
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (self->database,
                               "UPDATE profile SET updated_at = ?1, full_name = ?2, "
                               "headline = ?3, email = ?4, location = ?5, summary = ?6, "
                               "remote_preference = 'hybrid', target_roles = ?7, "
                               "daily_goal = 5 WHERE id = 1",
                               error);
  if (stmt == NULL)
    return FALSE;

  format_timestamp (self->now, updated_at);
  bind_text (stmt, 1, updated_at);
  bind_text (stmt, 2, "Alex Morgan");
  bind_text (stmt, 3, "Backend engineer and consultant, ten years of distributed systems");
  bind_text (stmt, 4, "alex.morgan@example.com");
  bind_text (stmt, 5, "Berlin, Germany");
  bind_text (stmt, 6, "I build and run the services that businesses depend on, and I help "
                      "teams ship them calmly. Lately: data pipelines and platform work.");
  bind_text (stmt, 7, "[\"Senior Backend Engineer\",\"Platform Engineer\",\"Staff Engineer\"]");

  return step (self, stmt, error);
}

static gboolean
generate_skills (Generator  *self,
                 GError    **error)
{
  static const char *levels[] = { "beginner", "intermediate", "advanced", "expert" };
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (self->database,
                               "INSERT INTO skill (uuid, created_at, updated_at, name, "
                               "category, level, years, position) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < 40; i++)
    {
      gint64 created = self->now - range (self, 30, 900) * USEC_PER_DAY;

      bind_common (stmt, created, created);
      bind_text (stmt, 4, skills[i]);
      bind_text (stmt, 5, i < 20 ? "Languages and frameworks" : "Tools and platforms");
      bind_text (stmt, 6, PICK (self, levels));
      sqlite3_bind_double (stmt, 7, range (self, 1, 20) / 2.0);
      sqlite3_bind_int (stmt, 8, i);
      if (!step (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
generate_companies (Generator  *self,
                    GError    **error)
{
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (self->database,
                               "INSERT INTO company (id, uuid, created_at, updated_at, name, "
                               "normalized_name, domain, website, industry, size_label, "
                               "location, notes) "
                               "VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_companies; i++)
    {
      g_autofree char *name = company_name (i);
      g_autofree char *normalized = g_utf8_strdown (name, -1);
      g_autofree char *slug = g_strdelimit (g_strdup (normalized), " ", '-');
      g_autofree char *domain = g_strconcat (slug, ".example", NULL);
      g_autofree char *website = g_strconcat ("https://www.", domain, "/", NULL);
      guint suffix = company_suffix_index (i);
      gint64 created = self->now - POSTING_SPAN_DAYS * USEC_PER_DAY
                       - range (self, 0, 60) * USEC_PER_DAY;

      bind_common (stmt, created, created);
      bind_text (stmt, 4, name);
      bind_text (stmt, 5, normalized);
      bind_text (stmt, 6, domain);
      bind_text (stmt, 7, website);
      bind_text (stmt, 8, company_industries[suffix]);
      sqlite3_bind_int64 (stmt, 9, i + 1);
      bind_text (stmt, 10, PICK (self, company_sizes));
      bind_text (stmt, 11, cities[g_rand_int_range (self->rand, 0, G_N_ELEMENTS (cities))].name);
      bind_text (stmt, 12, chance (self, 10) ? "Met them at a meetup; friendly team." : NULL);
      if (!step (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Eight consecutive jobs back from today; the first and the fifth are consulting jobs whose
 * work is split into client engagements. */
static gboolean
generate_experiences (Generator  *self,
                      GError    **error)
{
  sqlite3_stmt *experience;
  sqlite3_stmt *engagement;
  GDateTime *now_dt = g_date_time_new_from_unix_utc (self->now / G_USEC_PER_SEC);
  int year = g_date_time_get_year (now_dt);

  g_date_time_unref (now_dt);

  experience = voc_database_prepare (self->database,
                                     "INSERT INTO experience (id, uuid, created_at, "
                                     "updated_at, title, employer, location, start_date, "
                                     "end_date, employment_type, description, position) "
                                     "VALUES (?4, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                     "?12)",
                                     error);
  if (experience == NULL)
    return FALSE;

  for (guint i = 0; i < N_EXPERIENCES; i++)
    {
      g_autofree char *start = g_strdup_printf ("%04d-%02u", year - 2 * (int) i - 2,
                                                range (self, 1, 12));
      g_autofree char *end = i == 0 ? NULL : g_strdup_printf ("%04d-%02u",
                                                               year - 2 * (int) i,
                                                               range (self, 1, 12));
      gboolean consulting = (i == 0 || i == 4);
      gint64 created = self->now - range (self, 200, 700) * USEC_PER_DAY;

      bind_common (experience, created, created);
      sqlite3_bind_int64 (experience, 4, i + 1);
      bind_text (experience, 5, experience_titles[i]);
      bind_text (experience, 6, employers[i]);
      bind_text (experience, 7, cities[i].name);
      bind_text (experience, 8, start);
      bind_text (experience, 9, end);
      bind_text (experience, 10, consulting ? "contract" : "full-time");
      bind_text (experience, 11, "Backend services, data pipelines and the teams around them.");
      sqlite3_bind_int (experience, 12, i);
      if (!step (self, experience, error))
        return FALSE;
    }

  engagement = voc_database_prepare (self->database,
                                     "INSERT INTO engagement (id, uuid, created_at, "
                                     "updated_at, experience_id, client, project, "
                                     "engagement_type, date_label, technology_tags, "
                                     "confidential, position) "
                                     "VALUES (?4, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                     "?12)",
                                     error);
  if (engagement == NULL)
    return FALSE;

  for (guint i = 0; i < N_ENGAGEMENTS; i++)
    {
      g_autofree char *client = company_name (range (self, 0, self->n_companies - 1));
      g_autofree char *project = g_strdup_printf ("Project %s",
                                                  PICK (self, bullet_objects));
      g_autofree char *label = g_strdup_printf ("%04d", year - (int) (i % 4));
      guint picked[3];
      gint64 created = self->now - range (self, 200, 700) * USEC_PER_DAY;

      bind_common (engagement, created, created);
      sqlite3_bind_int64 (engagement, 4, i + 1);
      sqlite3_bind_int64 (engagement, 5, i < N_ENGAGEMENTS / 2 ? 1 : 5);
      bind_text (engagement, 6, client);
      bind_text (engagement, 7, project);
      bind_text (engagement, 8, chance (self, 50) ? "Implementation" : "Advisory");
      bind_text (engagement, 9, label);
      bind_text (engagement, 10, skills_json (self, 3, picked));
      sqlite3_bind_int (engagement, 11, chance (self, 20));
      sqlite3_bind_int (engagement, 12, i % (N_ENGAGEMENTS / 2));
      if (!step (self, engagement, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
generate_bullets (Generator  *self,
                  GError    **error)
{
  static const char *types[] = { "achievement", "achievement", "achievement", "technical",
                                 "leadership", "responsibility" };
  static const char *levels[] = { "junior", "mid", "senior", "senior", "lead" };
  guint experience_positions[N_EXPERIENCES] = { 0 };
  guint engagement_positions[N_ENGAGEMENTS] = { 0 };
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (self->database,
                               "INSERT INTO bullet (uuid, created_at, updated_at, "
                               "experience_id, engagement_id, text, tags, bullet_type, "
                               "importance, seniority, retired, use_count, last_used_at, "
                               "position) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                               "?13, ?14)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_bullets; i++)
    {
      guint picked[3];
      guint use_count = chance (self, 40) ? range (self, 1, 30) : 0;
      gint64 created = self->now - range (self, 1, 700) * USEC_PER_DAY
                       - range (self, 0, 86399) * (gint64) G_USEC_PER_SEC;
      guint skill = g_rand_int_range (self->rand, 0, G_N_ELEMENTS (skills));

      g_string_printf (text, "%s %s with %s, ", PICK (self, bullet_verbs),
                       PICK (self, bullet_objects), skills[skill]);
      g_string_append_printf (text, PICK (self, bullet_results), range (self, 5, 90));
      g_string_append_c (text, '.');

      bind_common (stmt, created, created);
      if (i % 3 == 0)
        {
          guint engagement = g_rand_int_range (self->rand, 0, N_ENGAGEMENTS);

          sqlite3_bind_int64 (stmt, 5, engagement + 1);
          sqlite3_bind_int (stmt, 14, engagement_positions[engagement]++);
        }
      else
        {
          guint experience = g_rand_int_range (self->rand, 0, N_EXPERIENCES);

          sqlite3_bind_int64 (stmt, 4, experience + 1);
          sqlite3_bind_int (stmt, 14, experience_positions[experience]++);
        }
      bind_text (stmt, 6, text->str);
      bind_text (stmt, 7, skills_json (self, range (self, 1, 3), picked));
      bind_text (stmt, 8, PICK (self, types));
      sqlite3_bind_int (stmt, 9, range (self, 1, 5));
      bind_text (stmt, 10, PICK (self, levels));
      sqlite3_bind_int (stmt, 11, chance (self, 5));
      sqlite3_bind_int (stmt, 12, use_count);
      if (use_count > 0)
        bind_timestamp (stmt, 13, created + (self->now - created) / 2);
      if (!step (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A job description in the usual shape: about the company, the role, requirements, nice to
 * haves, what they offer. Between one and two kilobytes. */
static void
write_description (Generator  *self,
                   const char *title,
                   const char *company,
                   const char *location,
                   const char *salary,
                   guint      *picked,
                   guint       n_picked)
{
  GString *body = self->body;

  g_string_truncate (body, 0);
  g_string_append_printf (body,
                          "About %s\n\n%s builds %s, used by %s. We are a team of %u people "
                          "in %u countries, and we care about doing careful work at a "
                          "sustainable pace.\n\n",
                          company, company, PICK (self, products), PICK (self, audiences),
                          range (self, 12, 2400), range (self, 1, 14));

  g_string_append_printf (body,
                          "The role\n\nAs our %s in %s you will %s, %s and %s. You will work "
                          "closely with %s and share what you learn with the rest of the "
                          "company.\n\n",
                          title, location, PICK (self, duties), PICK (self, duties),
                          PICK (self, duties), PICK (self, teams));

  g_string_append_printf (body,
                          "How we work\n\nWe plan in %u-week cycles, write things down before "
                          "we build them, and keep meetings short. Most of the team works %s; "
                          "we meet in person %s. In your first months you will %s and %s.\n\n",
                          range (self, 2, 6), PICK (self, work_places),
                          PICK (self, meetups), PICK (self, duties), PICK (self, duties));

  g_string_append (body, "What you bring\n\n");
  for (guint i = 0; i < n_picked; i++)
    {
      if (i == n_picked - 2 && n_picked > 3)
        g_string_append (body, "\nNice to have\n\n");
      g_string_append_printf (body, "- %u+ years of experience with %s\n",
                              range (self, 1, 6), skills[picked[i]]);
    }
  g_string_append (body, "- Clear written communication in English\n\n");

  g_string_append_printf (body,
                          "What we offer\n\n- %s\n- %s\n- %s\n%s%s%s\n"
                          "We welcome applications from people of every background. Send us "
                          "your CV and a few lines about why this role interests you.\n",
                          PICK (self, benefits), PICK (self, benefits), PICK (self, benefits),
                          salary != NULL ? "- A salary of " : "",
                          salary != NULL ? salary : "",
                          salary != NULL ? "\n" : "");
}

static gboolean
generate_postings (Generator  *self,
                   GError    **error)
{
  sqlite3_stmt *posting;
  sqlite3_stmt *text;
  gint64 span = POSTING_SPAN_DAYS * USEC_PER_DAY;

  text = voc_database_prepare (self->database,
                               "INSERT INTO job_posting_text (posting_id, raw_text, clean_text) "
                               "VALUES (?1, ?2, ?3)",
                               error);
  if (text == NULL)
    return FALSE;

  posting = voc_database_prepare (self->database,
                                  "INSERT INTO job_posting (id, uuid, created_at, updated_at, "
                                  "company_id, title, location, remote_mode, employment_type, "
                                  "seniority, salary_min_cents, salary_max_cents, "
                                  "salary_currency, salary_period, source, source_id, url, "
                                  "fingerprint, skills, posted_at, closes_at, archived) "
                                  "VALUES (?4, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                  "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                                  error);
  if (posting == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_postings; i++)
    {
      guint company_index = g_rand_int_range (self->rand, 0, self->n_companies);
      g_autofree char *company = company_name (company_index);
      const Seniority *seniority =
        &seniorities[pick_index_weighted (self, seniority_weights,
                                          G_N_ELEMENTS (seniority_weights))];
      const char *role = PICK (self, roles);
      g_autofree char *title = seniority->prefix[0] != '\0'
                               ? g_strdup_printf ("%s %s", seniority->prefix, role)
                               : g_strdup (role);
      const City *city = &cities[g_rand_int_range (self->rand, 0, G_N_ELEMENTS (cities))];
      const char *remote = pick_weighted (self, remote_modes, G_N_ELEMENTS (remote_modes));
      const char *employment = pick_weighted (self, employment_types,
                                              G_N_ELEMENTS (employment_types));
      const char *source = pick_weighted (self, sources, G_N_ELEMENTS (sources));
      g_autofree char *location = g_strcmp0 (remote, "remote") == 0
                                  ? g_strdup_printf ("Remote (%s)", region (city))
                                  : g_strdup (city->name);
      g_autofree char *source_id = NULL;
      g_autofree char *url = NULL;
      g_autofree char *key = NULL;
      g_autofree char *fingerprint = NULL;
      g_autofree char *salary = NULL;
      guint picked[8];
      guint n_picked = range (self, 4, 8);
      const char *skills_array = skills_json (self, n_picked, picked);
      /* Older postings have smaller ids, as if imported over two years. */
      gint64 created = self->now - span + (span / MAX (self->n_postings, 1)) * i
                       - range (self, 0, 3599) * (gint64) G_USEC_PER_SEC;
      gint64 updated = chance (self, 30) ? MIN (self->now, created + range (self, 1, 20)
                                                * USEC_PER_DAY)
                                         : created;
      gint64 posted = created - range (self, 0, 5) * USEC_PER_DAY;

      /* Unique per posting, like the normalised title, company and location it stands for. */
      key = g_strdup_printf ("%s|%s|%s|%u", company, title, location, i);

      if (g_str_equal (source, "greenhouse") || g_str_equal (source, "lever") ||
          g_str_equal (source, "ashby"))
        {
          g_autofree char *slug = g_utf8_strdown (company, -1);

          g_strdelimit (slug, " ", '-');
          source_id = g_strdup_printf ("%u", 4000000 + i);
          url = g_strdup_printf ("https://jobs.%s.example/%s/%s", source, slug, source_id);
        }
      else if (g_str_equal (source, "url"))
        {
          g_autofree char *slug = g_utf8_strdown (company, -1);

          g_strdelimit (slug, " ", '-');
          url = g_strdup_printf ("https://www.%s.example/careers/%u", slug, i);
        }

      fingerprint = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

      bind_common (posting, created, updated);
      sqlite3_bind_int64 (posting, 4, i + 1);
      sqlite3_bind_int64 (posting, 5, company_index + 1);
      bind_text (posting, 6, title);
      bind_text (posting, 7, location);
      bind_text (posting, 8, remote);
      bind_text (posting, 9, employment);
      bind_text (posting, 10, seniority->nick);
      if (chance (self, 70))
        {
          gint64 low = (gint64) seniority->base_salary * city->salary_factor / 100
                       * range (self, 90, 110) / 100 / 1000 * 1000;
          gint64 high = low * range (self, 115, 140) / 100 / 1000 * 1000;

          sqlite3_bind_int64 (posting, 11, low * 100);
          sqlite3_bind_int64 (posting, 12, high * 100);
          bind_text (posting, 13, city->currency);
          bind_text (posting, 14, "year");
          salary = g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT " %s a year",
                                    low, high, city->currency);
        }
      else
        {
          bind_text (posting, 14, "unknown");
        }
      bind_text (posting, 15, source);
      bind_text (posting, 16, source_id);
      bind_text (posting, 17, url);
      bind_text (posting, 18, fingerprint);
      bind_text (posting, 19, skills_array);
      bind_timestamp (posting, 20, posted);
      if (chance (self, 20))
        bind_timestamp (posting, 21, posted + 30 * USEC_PER_DAY);
      sqlite3_bind_int (posting, 22, self->now - created > 365 * USEC_PER_DAY && chance (self, 30));

      write_description (self, title, company, location, salary, picked, n_picked);
      g_string_printf (self->raw, "%s\n%s — %s\n\n%s", title, company, location,
                       self->body->str);

      /* The text row goes first (foreign keys are deferred to the commit), so that the
       * posting's FTS insert trigger indexes the body at once instead of updating the
       * index row a second time. */
      sqlite3_bind_int64 (text, 1, i + 1);
      sqlite3_bind_text (text, 2, self->raw->str, self->raw->len, SQLITE_STATIC);
      sqlite3_bind_text (text, 3, self->body->str, self->body->len, SQLITE_STATIC);
      if (!step (self, text, error) || !step (self, posting, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_stage_change (Generator     *self,
                     sqlite3_stmt  *stmt,
                     gint64         application_id,
                     const char    *from,
                     const char    *to,
                     gint64         when,
                     GError       **error)
{
  bind_common (stmt, when, when);
  sqlite3_bind_int64 (stmt, 4, application_id);
  bind_text (stmt, 5, from);
  bind_text (stmt, 6, to);
  bind_timestamp (stmt, 7, when);
  self->n_stage_changes++;

  return step (self, stmt, error);
}

static gboolean
generate_applications (Generator  *self,
                       GError    **error)
{
  sqlite3_stmt *application;
  sqlite3_stmt *change;
  guint stride;

  if (self->n_applications == 0)
    return TRUE;

  stride = self->n_postings / self->n_applications;

  application = voc_database_prepare (self->database,
                                      "INSERT INTO job_application (id, uuid, created_at, "
                                      "updated_at, posting_id, stage, source, applied_at, "
                                      "first_response_at, offer_at, closed_at, "
                                      "stage_changed_at, salary_offered_cents, "
                                      "salary_currency, notes) "
                                      "VALUES (?4, ?1, ?2, ?3, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                                      "?12, ?13, ?14, ?15)",
                                      error);
  if (application == NULL)
    return FALSE;

  change = voc_database_prepare (self->database,
                                 "INSERT INTO stage_change (uuid, created_at, updated_at, "
                                 "application_id, from_stage, to_stage, changed_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                 error);
  if (change == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_applications; i++)
    {
      /* Applications are spread over the postings, one per stride, so posting_id stays
       * unique; most go to recent postings because the stride walks the whole range. */
      gint64 posting_id = (gint64) i * stride + range (self, 0, stride - 1) + 1;
      gint64 id = i + 1;
      gint64 span = POSTING_SPAN_DAYS * USEC_PER_DAY;
      gint64 created = self->now - span + (span / MAX (self->n_postings, 1)) * (posting_id - 1)
                       + range (self, 0, 3) * USEC_PER_DAY;
      const char *final = pick_weighted (self, final_stages, G_N_ELEMENTS (final_stages));
      guint reached;        /* index in pipeline[] of the last forward stage */
      const char *previous = NULL;
      gint64 when = MIN (created, self->now);
      gint64 applied = 0, responded = 0, offered = 0, closed = 0;

      if (g_str_equal (final, "rejected") || g_str_equal (final, "withdrawn"))
        reached = range (self, g_str_equal (final, "rejected") ? 1 : 0, 3);
      else
        for (reached = 0; !g_str_equal (pipeline[reached], final); reached++)
          ;

      for (guint s = 0; s <= reached; s++)
        {
          if (s > 0)
            when = MIN (self->now, when + range (self, 1, 12) * USEC_PER_DAY);
          if (!insert_stage_change (self, change, id, previous, pipeline[s], when, error))
            return FALSE;
          previous = pipeline[s];
          if (s == 1)
            applied = when;
          else if (s == 2)
            responded = when;
          else if (s == 4)
            offered = when;
          else if (s == 5)
            closed = when;
        }

      if (!g_str_equal (final, pipeline[reached]))
        {
          when = MIN (self->now, when + range (self, 1, 20) * USEC_PER_DAY);
          if (!insert_stage_change (self, change, id, previous, final, when, error))
            return FALSE;
          closed = when;
          if (responded == 0 && applied != 0)
            responded = when;
        }

      bind_common (application, created, when);
      sqlite3_bind_int64 (application, 4, id);
      sqlite3_bind_int64 (application, 5, posting_id);
      bind_text (application, 6, final);
      bind_text (application, 7, PICK (self, application_sources));
      if (applied != 0)
        bind_timestamp (application, 8, applied);
      if (responded != 0)
        bind_timestamp (application, 9, responded);
      if (offered != 0)
        {
          bind_timestamp (application, 10, offered);
          sqlite3_bind_int64 (application, 13, (gint64) range (self, 60, 140) * 1000 * 100);
          bind_text (application, 14, "EUR");
        }
      if (closed != 0)
        bind_timestamp (application, 11, closed);
      bind_timestamp (application, 12, when);
      bind_text (application, 15, chance (self, 30) ? "Asked about the on-call rotation and "
                                                      "the team's release process." : NULL);
      if (!step (self, application, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
generate (Generator  *self,
          GError    **error)
{
  /* Deferred until COMMIT: posting texts go in before their postings. Reset by SQLite at
   * the end of the transaction. */
  if (!voc_database_exec (self->database, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  return generate_profile (self, error) &&
         generate_skills (self, error) &&
         generate_companies (self, error) &&
         generate_experiences (self, error) &&
         generate_bullets (self, error) &&
         generate_postings (self, error) &&
         generate_applications (self, error);
}

static gboolean
remove_database (const char  *path,
                 GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "Cannot remove “%s”: %s", file, g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GString) body = g_string_sized_new (4096);
  g_autoptr(GString) raw = g_string_sized_new (4096);
  g_autoptr(GString) json = g_string_sized_new (256);
  g_autofree char *size = NULL;
  gint postings = DEFAULT_POSTINGS;
  gint applications = DEFAULT_APPLICATIONS;
  gint bullets = DEFAULT_BULLETS;
  gint seed = 2026;
  gboolean force = FALSE;
  GStatBuf st;
  Generator self = { 0 };
  const GOptionEntry entries[] = {
    { "postings", 'n', 0, G_OPTION_ARG_INT, &postings, "Job postings (100000)", "N" },
    { "applications", 'a', 0, G_OPTION_ARG_INT, &applications,
      "Applications, at most one per posting (2000)", "N" },
    { "bullets", 'b', 0, G_OPTION_ARG_INT, &bullets, "Achievement bullets (5000)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the text generator (2026)", "SEED" },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, "Replace an existing file", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("PATH - write a large Vocation database for benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("gen-database: %s\n", error->message);
      return 2;
    }

  if (argc != 2 || postings < 0 || applications < 0 || bullets < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      if (!force)
        {
          g_printerr ("gen-database: “%s” exists; pass --force to replace it\n", argv[1]);
          return 1;
        }
      if (!remove_database (argv[1], &error))
        {
          g_printerr ("gen-database: %s\n", error->message);
          return 1;
        }
    }

  timer = g_timer_new ();
  rand = g_rand_new_with_seed ((guint32) seed);

  database = voc_database_open (argv[1], &error);
  if (database == NULL)
    {
      g_printerr ("gen-database: %s\n", error->message);
      return 1;
    }

  self.database = database;
  self.handle = voc_database_get_handle (database);
  self.rand = rand;
  self.now = g_get_real_time ();
  self.body = body;
  self.raw = raw;
  self.json = json;
  self.n_postings = postings;
  self.n_applications = MIN (applications, postings);
  self.n_bullets = bullets;
  self.n_companies = MAX (postings / 12, 50);

  /* A large page cache for this connection only: the random UUID and fingerprint indexes
   * otherwise spill pages to the WAL again and again during the one big transaction. */
  sqlite3_exec (self.handle, "PRAGMA cache_size = -262144", NULL, NULL, NULL);

  if (!voc_database_begin (database, &error))
    {
      g_printerr ("gen-database: %s\n", error->message);
      return 1;
    }

  if (!generate (&self, &error) || !voc_database_commit (database, &error))
    {
      voc_database_rollback (database);
      g_printerr ("gen-database: %s\n", error->message);
      return 1;
    }

  /* Closing checkpoints the WAL into the file, so the benchmark starts from a clean file. */
  g_clear_object (&database);
  g_timer_stop (timer);

  if (g_stat (argv[1], &st) == 0)
    size = g_strdup_printf ("%.1f MiB", st.st_size / 1048576.0);

  g_print ("gen-database: wrote %s in %.1f s: %u postings, %u companies, %u applications "
           "(%u stage changes), %u bullets, %u experiences, %u engagements; %s\n",
           argv[1], g_timer_elapsed (timer, NULL), self.n_postings, self.n_companies,
           self.n_applications, self.n_stage_changes, self.n_bullets, N_EXPERIENCES,
           N_ENGAGEMENTS, size != NULL ? size : "size unknown");

  return 0;
}
