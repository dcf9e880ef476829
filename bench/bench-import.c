/* bench-import.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The import benchmark: how many job descriptions per second Vocation reads, by format.
 *
 * It writes N generated postings (title, company, location, a salary line, three to five
 * sections with bullets that name skills from a list of about 90 common ones, 3–6 KB of text
 * each, in varied layouts) into a temporary folder once per format: plain text, Markdown,
 * HTML, HTML with a schema.org JobPosting in JSON-LD, DOCX (written with libarchive) and PDF
 * (written with cairo). The same N postings are used for every format. Then, per format:
 *
 *   1. one core: voc_extract_text() and voc_jd_parse() in a loop on one thread over the
 *      file contents already in memory; files per second, the median of three rounds, with
 *      the time split between extraction and parsing;
 *   2. storing: voc_job_importer_store() on the main thread into a fresh database, one
 *      transaction per posting, as the importer does; reported as milliseconds per file
 *      beyond the parse that call also does;
 *   3. end to end: every file added to a VocJobImporter and run with a GMainLoop into
 *      another fresh database: reading, extracting and parsing in worker threads, storing on
 *      the main thread with synchronous=FULL; files per second.
 *
 * The target of issue 3 (200 text, Markdown and HTML files per second on one core) is
 * judged on the end-to-end figure: the importer takes one item at a time, so the whole
 * pipeline never runs on more than one core at once.
 */

#define G_LOG_DOMAIN "bench-import"

#include <archive.h>
#include <archive_entry.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "bench-util.h"
#include "voc-database.h"
#include "voc-extract.h"
#include "voc-jd-parser.h"
#include "voc-job-importer.h"
#include "voc-skills.h"

#define DEFAULT_POSTINGS    300
#define DEFAULT_ROUNDS      3
#define TARGET_FILES_PER_S  200.0
#define MIN_TEXT_SIZE       3000
#define MAX_TEXT_SIZE       6000

/* Word lists ------------------------------------------------------------------------------ */

typedef enum
{
  GROUP_BACKEND,
  GROUP_WEB,
  GROUP_DATA,
  GROUP_ML,
  GROUP_DEVOPS,
  GROUP_MOBILE,
  GROUP_PRODUCT,
  GROUP_QA,
  GROUP_GENERAL,
  N_GROUPS
} SkillGroup;

/* About ninety skills people put in job descriptions, all in the shipped dictionary. */
static const char *const backend_skills[] = {
  "Python", "Java", "Go", "Rust", "Kotlin", "Scala", "C#", ".NET", "Spring Boot", "Django",
  "Node.js", "gRPC", NULL
};
static const char *const web_skills[] = {
  "JavaScript", "TypeScript", "React", "Angular", "Vue.js", "GraphQL", "REST APIs",
  "Ruby on Rails", "PHP", "Flask", NULL
};
static const char *const data_skills[] = {
  "SQL", "PostgreSQL", "MySQL", "MongoDB", "Redis", "Elasticsearch", "Apache Kafka",
  "Apache Spark", "Apache Airflow", "dbt", "Snowflake", "BigQuery", NULL
};
static const char *const ml_skills[] = {
  "Databricks", "pandas", "NumPy", "PyTorch", "TensorFlow", "scikit-learn", "Machine learning",
  "Statistics", "A/B testing", NULL
};
static const char *const devops_skills[] = {
  "Docker", "Kubernetes", "Terraform", "Ansible", "AWS", "Google Cloud", "Microsoft Azure",
  "Linux", "Jenkins", "GitHub Actions", "Prometheus", "Grafana", "Datadog", "OpenTelemetry",
  "nginx", NULL
};
static const char *const mobile_skills[] = {
  "Swift", "iOS", "Android", "C++", "Kotlin", NULL
};
static const char *const product_skills[] = {
  "Tableau", "Power BI", "Looker", "Microsoft Excel", "Figma", "User research",
  "Product management", "Data visualisation", "Stakeholder management", NULL
};
static const char *const qa_skills[] = {
  "Selenium", "Cypress", "Unit testing", "Test automation", NULL
};
static const char *const general_skills[] = {
  "Git", "CI/CD", "Jira", "Confluence", "Agile", "Scrum", "Microservices",
  "Distributed systems", "Data modelling", "ETL", "Bash", "RabbitMQ", "Communication",
  "Mentoring", "Ruby", NULL
};

static const char *const *const skill_groups[N_GROUPS] = {
  backend_skills, web_skills, data_skills, ml_skills, devops_skills, mobile_skills,
  product_skills, qa_skills, general_skills,
};

typedef struct
{
  const char *name;
  SkillGroup  primary;
  SkillGroup  secondary;
  guint       base_salary;    /* yearly, whole units of a 100-factor city */
} Role;

static const Role roles[] = {
  { "Backend Engineer", GROUP_BACKEND, GROUP_DATA, 62000 },
  { "Software Engineer", GROUP_BACKEND, GROUP_WEB, 60000 },
  { "Platform Engineer", GROUP_DEVOPS, GROUP_BACKEND, 66000 },
  { "API Engineer", GROUP_BACKEND, GROUP_WEB, 60000 },
  { "Frontend Developer", GROUP_WEB, GROUP_QA, 55000 },
  { "Full-Stack Engineer", GROUP_WEB, GROUP_BACKEND, 60000 },
  { "Web Developer", GROUP_WEB, GROUP_GENERAL, 50000 },
  { "Data Engineer", GROUP_DATA, GROUP_BACKEND, 64000 },
  { "Analytics Engineer", GROUP_DATA, GROUP_PRODUCT, 60000 },
  { "Data Analyst", GROUP_PRODUCT, GROUP_DATA, 50000 },
  { "BI Developer", GROUP_PRODUCT, GROUP_DATA, 52000 },
  { "Data Scientist", GROUP_ML, GROUP_DATA, 66000 },
  { "Machine Learning Engineer", GROUP_ML, GROUP_BACKEND, 72000 },
  { "MLOps Engineer", GROUP_ML, GROUP_DEVOPS, 70000 },
  { "DevOps Engineer", GROUP_DEVOPS, GROUP_GENERAL, 62000 },
  { "Site Reliability Engineer", GROUP_DEVOPS, GROUP_BACKEND, 68000 },
  { "Cloud Engineer", GROUP_DEVOPS, GROUP_BACKEND, 64000 },
  { "Security Engineer", GROUP_DEVOPS, GROUP_BACKEND, 70000 },
  { "iOS Developer", GROUP_MOBILE, GROUP_WEB, 60000 },
  { "Android Developer", GROUP_MOBILE, GROUP_BACKEND, 60000 },
  { "Mobile Engineer", GROUP_MOBILE, GROUP_WEB, 60000 },
  { "Product Manager", GROUP_PRODUCT, GROUP_GENERAL, 68000 },
  { "Product Designer", GROUP_PRODUCT, GROUP_WEB, 58000 },
  { "UX Researcher", GROUP_PRODUCT, GROUP_GENERAL, 56000 },
  { "QA Engineer", GROUP_QA, GROUP_WEB, 50000 },
  { "Test Automation Engineer", GROUP_QA, GROUP_BACKEND, 54000 },
  { "Solutions Architect", GROUP_DEVOPS, GROUP_BACKEND, 80000 },
  { "Engineering Manager", GROUP_GENERAL, GROUP_BACKEND, 90000 },
};

typedef struct
{
  const char *prefix;
  guint       percent;        /* of the role's base salary */
  guint       weight;
} Seniority;

static const Seniority seniorities[] = {
  { "Junior ", 70, 12 }, { "", 100, 35 }, { "Senior ", 128, 33 }, { "Staff ", 150, 7 },
  { "Lead ", 145, 8 }, { "Principal ", 170, 3 }, { "Intern ", 40, 2 },
};

typedef struct
{
  const char *city;
  const char *country;
  const char *country_code;
  const char *region;
  const char *currency;
  const char *symbol;         /* NULL: the code is written */
  guint       factor;         /* percent of the base salary, in that currency */
} City;

static const City cities[] = {
  { "Berlin", "Germany", "DE", "Europe", "EUR", "€", 100 },
  { "Munich", "Germany", "DE", "Europe", "EUR", "€", 112 },
  { "Hamburg", "Germany", "DE", "Europe", "EUR", "€", 100 },
  { "Amsterdam", "Netherlands", "NL", "Europe", "EUR", "€", 106 },
  { "Paris", "France", "FR", "Europe", "EUR", "€", 100 },
  { "Lisbon", "Portugal", "PT", "Europe", "EUR", "€", 66 },
  { "Madrid", "Spain", "ES", "Europe", "EUR", "€", 76 },
  { "Barcelona", "Spain", "ES", "Europe", "EUR", "€", 78 },
  { "Vienna", "Austria", "AT", "Europe", "EUR", "€", 95 },
  { "Dublin", "Ireland", "IE", "Europe", "EUR", "€", 110 },
  { "Zurich", "Switzerland", "CH", "Europe", "CHF", NULL, 170 },
  { "Stockholm", "Sweden", "SE", "Europe", "SEK", NULL, 1050 },
  { "Copenhagen", "Denmark", "DK", "Europe", "DKK", NULL, 780 },
  { "Warsaw", "Poland", "PL", "Europe", "PLN", NULL, 300 },
  { "London", "United Kingdom", "GB", "the UK", "GBP", "£", 95 },
  { "Manchester", "United Kingdom", "GB", "the UK", "GBP", "£", 76 },
  { "New York, NY", "United States", "US", "the US", "USD", "$", 165 },
  { "San Francisco, CA", "United States", "US", "the US", "USD", "$", 180 },
  { "Seattle, WA", "United States", "US", "the US", "USD", "$", 170 },
  { "Austin, TX", "United States", "US", "the US", "USD", "$", 140 },
  { "Boston, MA", "United States", "US", "the US", "USD", "$", 155 },
  { "Toronto, ON", "Canada", "CA", "Canada", "CAD", NULL, 140 },
  { "Sydney", "Australia", "AU", "Australia", "AUD", NULL, 160 },
  { "Singapore", "Singapore", "SG", "Asia", "SGD", NULL, 150 },
};

static const char *const company_first[] = {
  "Aster", "Bramble", "Cobalt", "Delta", "Elm", "Fjord", "Gull", "Heron", "Inlet", "Jasper",
  "Kite", "Larch", "Moss", "Nimbus", "Orbit", "Pine", "Quill", "Rowan", "Sable", "Tundra",
  "Umber", "Vale", "Willow", "Yarrow", "Zephyr", "Alder", "Birch", "Cinder", "Dune", "Echo",
};

static const char *const company_second[] = {
  "field", "works", "stack", "point", "path", "forge", "light", "bridge", "grid", "line",
  "scale", "craft", "spark", "wave", "mark", "base", "loop", "gate",
};

static const char *const company_kind[] = {
  "Labs", "Analytics", "Systems", "Software", "Health", "Robotics", "Logistics", "Finance",
  "Energy", "Studios", "Technologies", "Networks", "Bio", "Media", "Security", "Cloud",
  "GmbH", "Inc.", "Ltd", "AB",
};

static const char *const industries[] = {
  "logistics", "healthcare", "financial services", "retail", "energy", "education",
  "insurance", "travel", "manufacturing", "media",
};

static const char *const products[] = {
  "a payments platform", "software that helps hospitals plan their staff",
  "an open-source time-series database", "tools for independent retailers",
  "a marketplace for renewable energy", "developer tools for testing in production",
  "a privacy-first analytics suite", "the infrastructure behind online learning",
  "an API for identity verification", "route planning for delivery fleets",
  "a platform for clinical trials", "a mobile banking app", "a customer support platform",
  "software that turns invoices into structured data",
};

static const char *const audiences[] = {
  "thousands of businesses in Europe", "teams of every size", "millions of people every day",
  "public institutions", "engineers around the world", "small and medium businesses",
  "some of the largest retailers", "researchers and clinicians",
};

static const char *const teams[] = {
  "a small cross-functional team", "the platform team", "our data team",
  "the payments squad", "the growth team", "the infrastructure group", "the mobile team",
  "the core product team",
};

static const char *const managers[] = {
  "Head of Engineering", "VP of Engineering", "Engineering Manager of the team", "CTO",
  "Director of Data", "Head of Product",
};

static const char *const areas[] = {
  "our deployment pipeline", "the checkout flow", "search relevance", "the reporting API",
  "onboarding", "the alerting stack", "the billing service", "data quality checks",
};

/* Sentences with {placeholders}: see expand(). */
static const char *const company_sentences[] = {
  "{company} builds {product} for {audience}.",
  "Founded in {year}, we have grown to {n} people in {m} countries, and we are still small "
    "enough that everyone knows what everyone else is working on.",
  "Our customers range from two-person start-ups to some of the largest {industry} companies "
    "in the world.",
  "Last year we raised a Series {letter} from long-term investors who share our view that good "
    "software takes time.",
  "We are profitable, remote-friendly and proud of a culture that values written "
    "communication, ownership and kindness.",
  "Our engineers ship to production dozens of times a day, behind feature flags and with a "
    "test suite they trust.",
  "We believe the best products come from diverse teams, and we work hard to make {company} a "
    "place where everyone can do their best work.",
  "From our headquarters in {city} we serve customers in more than {m} countries.",
  "Our platform handles {n} million events every day, and the number doubles roughly every "
    "year.",
  "We publish our salary bands internally and review them twice a year against the market.",
  "Most of our code is open source, and several of our engineers maintain projects that other "
    "companies depend on.",
  "We are a certified B Corporation: we measure our impact on our customers, our employees "
    "and the planet, and we publish the results.",
  "In {year} we were one of the first companies in {industry} to move everything to the cloud, "
    "and we have been learning from it ever since.",
  "The team is spread between {city} and a few remote hubs, and we meet in person {freq}.",
  "We have been recognised as one of the best places to work in {city} three years in a row.",
  "Our mission is simple: make {product} so reliable that our customers never have to think "
    "about it.",
  "More than {m} of the top {n} companies in {industry} rely on us every day.",
  "We grew revenue by {m}0% last year without growing the team at the same pace, because we "
    "invest in tooling and automation.",
  "Our offices are in {city}, but half of the company works remotely, and we design every "
    "process with that in mind.",
  "Our leadership team has built and sold companies before, and learned the hard way what a "
    "healthy engineering culture looks like.",
  "We take security seriously: we are ISO 27001 certified and run a public bug bounty "
    "programme.",
  "Every quarter we hold a hack week, and several of our most popular features started there.",
};

static const char *const role_sentences[] = {
  "As our {title} you will join {team} and help shape how {product} evolves over the next few "
    "years.",
  "You will report to the {manager} and work closely with product managers, designers and "
    "other engineers.",
  "This is a hands-on role: most of your time goes into designing, building and running "
    "software, and the rest into helping the people around you grow.",
  "We work in small, autonomous squads that own their services end to end, from the first "
    "design document to the on-call rotation.",
  "In your first ninety days you will ship a meaningful improvement to {area}, get to know our "
    "customers and take part in planning the next quarter.",
  "Our stack today is mostly {skill} and {skill}, running on {skill}, but we pick tools for "
    "the problem rather than the other way round.",
  "We plan in {cycle}-week cycles, write things down before we build them, and keep meetings "
    "short and few.",
  "You will have the time to do things properly: we budget a fifth of every cycle for "
    "maintenance, tooling and paying down technical debt.",
  "The role is open because the team is growing, not because someone left.",
  "You will be one of {m} people working on {area}, with a lot of freedom in how you approach "
    "it.",
  "We value clear writing: decisions are made in design documents that anyone in the company "
    "can read and comment on.",
  "The team owns {area} and a handful of internal services, and is responsible for them from "
    "development to production.",
  "You can expect to spend about a day a week pairing with colleagues, reviewing code or "
    "helping other teams.",
  "Our release process is fully automated: a change merged in the morning is usually in front "
    "of customers by lunchtime.",
  "We are moving parts of {area} from {skill} to {skill}, and you will have a say in how.",
  "We measure ourselves by outcomes for customers rather than by the number of tickets closed.",
  "On-call is shared across the team, with one week in six at most and a day off after a "
    "rough night.",
  "You will get a mentor in your first months and a personal development plan that you agree "
    "with your manager.",
};

static const char *const duties[] = {
  "Design, build and maintain services in {skill} that handle millions of requests a day",
  "Own features end to end, from the first sketch to monitoring them in production",
  "Work with product and design to turn customer problems into simple solutions",
  "Improve the reliability, performance and cost of our {skill} infrastructure",
  "Review code, write design documents and share what you learn with the team",
  "Mentor less experienced colleagues and help them grow",
  "Take part in a fair, well-compensated on-call rotation",
  "Build and operate data pipelines with {skill} and {skill}",
  "Automate our build, test and release processes with {skill}",
  "Talk to customers regularly to understand how they use the product",
  "Keep our systems secure and our customers' data private",
  "Migrate legacy components to a modern, well-tested architecture",
  "Define and track the metrics that tell us whether a feature works",
  "Write clear documentation for other teams and for customers",
  "Run experiments and analyse their results with {skill}",
  "Plan and prioritise work with the team in short cycles",
  "Profile and optimise the slowest parts of {area}",
  "Help us choose between {skill} and {skill} for the next generation of {area}",
  "Contribute to our hiring process and help new joiners find their feet",
  "Represent the team in architecture reviews and incident post-mortems",
};

static const char *const requirements[] = {
  "{years}+ years of professional experience with {skill}",
  "Strong knowledge of {skill} and {skill}",
  "Hands-on experience running {skill} in production",
  "Experience designing and operating systems built on {skill} at scale",
  "A solid understanding of {skill}, automated testing and code review",
  "Familiarity with {skill} or a similar technology",
  "Experience with {skill} and a good grasp of software design",
  "You have shipped production code in {skill} and can explain the trade-offs you made",
  "Comfortable with {skill} and with debugging problems across the whole stack",
  "Good written and spoken English; German or Dutch is a plus but not required",
  "A degree in computer science or equivalent practical experience",
  "Excellent communication skills and a collaborative attitude",
  "You enjoy working with {skill} and keep up with how it evolves",
  "Experience working in an agile team with {skill}",
};

static const char *const nice_to_haves[] = {
  "Experience with {skill}",
  "Exposure to {skill} or {skill}",
  "Contributions to open-source projects",
  "Knowledge of {skill} is a plus",
  "You have worked in a start-up or scale-up before",
  "Familiarity with {skill} in a cloud environment",
  "Experience in the {industry} industry",
};

static const char *const benefits[] = {
  "{days} days of paid holiday plus public holidays",
  "A yearly learning budget of {money} for books, courses and conferences",
  "Flexible working hours and a four-day week in August",
  "A home-office allowance to set up your workspace",
  "Private health, dental and vision insurance for you and your family",
  "A company pension plan with {pct}% matching",
  "Sixteen weeks of fully paid parental leave",
  "Stock options in a growing company",
  "A free public transport ticket or a bike lease",
  "Team off-sites {freq}",
  "A new laptop of your choice and the tools you need",
  "Free and confidential mental health support",
  "Relocation support and visa sponsorship",
  "Lunch in the office three days a week",
  "Paid volunteering days",
};

static const char *const closings[] = {
  "We welcome applications from people of every background, and we are happy to talk about "
    "part-time arrangements.",
  "Send us your CV and a few lines about why this role interests you. We answer every "
    "application within {cycle} working days.",
  "{company} is an equal opportunity employer. If you need any adjustments during the "
    "interview process, tell us and we will make them.",
  "Our interview process has four steps: a call with the hiring manager, a take-home exercise "
    "of at most three hours, a technical conversation and a meeting with the team.",
};

static const char *const about_headings[] = {
  "About us", "About {company}", "Who we are", "The company", "About the company",
};
static const char *const duty_headings[] = {
  "What you'll do", "Responsibilities", "Your responsibilities", "Key responsibilities",
  "What you will do", "The role",
};
static const char *const requirement_headings[] = {
  "Requirements", "What we're looking for", "About you", "Qualifications", "Who you are",
  "What you bring",
};
static const char *const nice_headings[] = {
  "Nice to have", "Bonus points", "Preferred qualifications", "Nice-to-haves",
};
static const char *const benefit_headings[] = {
  "What we offer", "Benefits", "Perks and benefits", "Why join us",
};
static const char *const freqs[] = {
  "twice a year", "every quarter", "once a month", "for a week every spring",
};

/* Postings ----------------------------------------------------------------------------------- */

typedef struct
{
  char      *heading;
  GPtrArray *paragraphs;   /* char* */
  GPtrArray *bullets;      /* char* */
} Section;

typedef struct
{
  guint        index;
  guint        layout;
  char        *title;
  char        *company;
  char        *domain;
  char        *location;
  const char  *workplace;        /* "On-site", "Hybrid", "Remote" */
  const char  *employment;       /* "Full-time", … */
  const char  *schema_employment;
  const City  *city;
  char        *salary;           /* the salary line, as written */
  gint64       salary_min;       /* whole currency units; 0 when not said */
  gint64       salary_max;
  const char  *salary_unit;      /* schema.org unitText */
  char        *date_posted;
  char        *valid_through;
  char        *url;
  GPtrArray   *sections;         /* Section* */
  GPtrArray   *skills;           /* const char*, required first */
  guint        n_required;
  guint        next_skill;
  GHashTable  *used;             /* sentence templates already in the posting */
} Posting;

typedef struct
{
  GRand *rand;
} Gen;

static void
section_free (Section *section)
{
  g_free (section->heading);
  g_ptr_array_unref (section->paragraphs);
  g_ptr_array_unref (section->bullets);
  g_free (section);
}

static void
posting_free (Posting *posting)
{
  g_free (posting->title);
  g_free (posting->company);
  g_free (posting->domain);
  g_free (posting->location);
  g_free (posting->salary);
  g_free (posting->date_posted);
  g_free (posting->valid_through);
  g_free (posting->url);
  g_ptr_array_unref (posting->sections);
  g_ptr_array_unref (posting->skills);
  g_hash_table_unref (posting->used);
  g_free (posting);
}

static guint
range (Gen   *gen,
       guint  low,
       guint  high)
{
  return g_rand_int_range (gen->rand, low, high + 1);
}

static gboolean
chance (Gen   *gen,
        guint  percent)
{
  return g_rand_int_range (gen->rand, 0, 100) < (gint32) percent;
}

static const char *
pick (Gen                *gen,
      const char * const *items,
      guint               n_items)
{
  return items[g_rand_int_range (gen->rand, 0, n_items)];
}

#define PICK(gen, array) pick ((gen), (const char * const *) (array), G_N_ELEMENTS (array))

static guint
null_terminated_length (const char *const *items)
{
  guint n = 0;

  while (items[n] != NULL)
    n++;
  return n;
}

static void
add_skills (Gen        *gen,
            Posting    *posting,
            SkillGroup  group,
            guint       n)
{
  const char *const *items = skill_groups[group];
  guint n_items = null_terminated_length (items);

  for (guint tries = 0; n > 0 && tries < 50; tries++)
    {
      const char *skill = items[g_rand_int_range (gen->rand, 0, n_items)];
      gboolean seen = FALSE;

      for (guint i = 0; i < posting->skills->len && !seen; i++)
        seen = g_str_equal (g_ptr_array_index (posting->skills, i), skill);
      if (!seen)
        {
          g_ptr_array_add (posting->skills, (gpointer) skill);
          n--;
        }
    }
}

/* The next skill of the posting to mention: the required ones in turn, then again. */
static const char *
next_skill (Posting  *posting,
            gboolean  nice)
{
  guint first = nice ? posting->n_required : 0;
  guint count = nice ? posting->skills->len - posting->n_required : posting->n_required;

  if (count == 0)
    {
      first = 0;
      count = posting->skills->len;
    }

  return g_ptr_array_index (posting->skills, first + (posting->next_skill++ % count));
}

static char *
money (const City *city,
       gint64      amount)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, amount);
  g_autoptr(GString) grouped = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, digits[i]);
    }

  if (city->symbol != NULL)
    return g_strdup_printf ("%s%s", city->symbol, grouped->str);
  return g_strdup_printf ("%s %s", city->currency, grouped->str);
}

/* Replaces {placeholders} in @template with the posting's facts and random details. */
static char *
expand (Gen        *gen,
        Posting    *posting,
        const char *template,
        gboolean    nice)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = template; *p; p++)
    {
      const char *end;
      g_autofree char *key = NULL;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }

      key = g_strndup (p + 1, end - p - 1);
      p = end;

      if (g_str_equal (key, "company"))
        g_string_append (out, posting->company);
      else if (g_str_equal (key, "title"))
        g_string_append (out, posting->title);
      else if (g_str_equal (key, "city"))
        g_string_append (out, posting->city->city);
      else if (g_str_equal (key, "skill"))
        g_string_append (out, next_skill (posting, nice));
      else if (g_str_equal (key, "product"))
        g_string_append (out, PICK (gen, products));
      else if (g_str_equal (key, "audience"))
        g_string_append (out, PICK (gen, audiences));
      else if (g_str_equal (key, "industry"))
        g_string_append (out, PICK (gen, industries));
      else if (g_str_equal (key, "team"))
        g_string_append (out, PICK (gen, teams));
      else if (g_str_equal (key, "manager"))
        g_string_append (out, PICK (gen, managers));
      else if (g_str_equal (key, "area"))
        g_string_append (out, PICK (gen, areas));
      else if (g_str_equal (key, "freq"))
        g_string_append (out, PICK (gen, freqs));
      else if (g_str_equal (key, "year"))
        g_string_append_printf (out, "%u", range (gen, 1998, 2022));
      else if (g_str_equal (key, "n"))
        g_string_append_printf (out, "%u", range (gen, 14, 2400));
      else if (g_str_equal (key, "m"))
        g_string_append_printf (out, "%u", range (gen, 3, 40));
      else if (g_str_equal (key, "years"))
        g_string_append_printf (out, "%u", range (gen, 2, 8));
      else if (g_str_equal (key, "cycle"))
        g_string_append_printf (out, "%u", range (gen, 2, 6));
      else if (g_str_equal (key, "days"))
        g_string_append_printf (out, "%u", range (gen, 25, 32));
      else if (g_str_equal (key, "pct"))
        g_string_append_printf (out, "%u", range (gen, 3, 8));
      else if (g_str_equal (key, "letter"))
        g_string_append_c (out, "ABCD"[range (gen, 0, 3)]);
      else if (g_str_equal (key, "money"))
        {
          g_autofree char *amount = money (posting->city, range (gen, 10, 30) * 100
                                                          * posting->city->factor / 100);
          g_string_append (out, amount);
        }
      else
        g_string_append (out, key);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static Section *
section_new (Gen        *gen,
             Posting    *posting,
             const char *heading)
{
  Section *section = g_new0 (Section, 1);

  section->heading = expand (gen, posting, heading, FALSE);
  section->paragraphs = g_ptr_array_new_with_free_func (g_free);
  section->bullets = g_ptr_array_new_with_free_func (g_free);
  return section;
}

/* A paragraph of up to @n sentences from @pool that the posting has not used yet; NULL
 * when the pool is used up. */
static char *
paragraph (Gen                *gen,
           Posting            *posting,
           const char * const *pool,
           guint               n_pool,
           guint               n)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint start = g_rand_int_range (gen->rand, 0, n_pool);

  for (guint i = 0; i < n_pool && n > 0; i++)
    {
      const char *template = pool[(start + i * 5) % n_pool];
      g_autofree char *sentence = NULL;

      /* Steps of 5 visit every sentence of a pool whose size 5 does not divide. */
      if (g_hash_table_contains (posting->used, template))
        continue;
      g_hash_table_add (posting->used, (gpointer) template);
      sentence = expand (gen, posting, template, FALSE);
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", sentence);
      n--;
    }

  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_paragraph (Section *section,
               char    *text)
{
  if (text != NULL)
    g_ptr_array_add (section->paragraphs, text);
}

static void
add_bullets (Gen                *gen,
             Posting            *posting,
             Section            *section,
             const char * const *pool,
             guint               n_pool,
             guint               n,
             gboolean            nice)
{
  guint start = g_rand_int_range (gen->rand, 0, n_pool);

  for (guint i = 0; i < MIN (n, n_pool); i++)
    g_ptr_array_add (section->bullets,
                     expand (gen, posting, pool[(start + i * 7) % n_pool], nice));
}

static gsize
posting_text_size (Posting *posting)
{
  gsize size = strlen (posting->title) + strlen (posting->company) + strlen (posting->location)
               + strlen (posting->salary) + 60;

  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);

      size += strlen (section->heading) + 2;
      for (guint j = 0; j < section->paragraphs->len; j++)
        size += strlen (g_ptr_array_index (section->paragraphs, j)) + 2;
      for (guint j = 0; j < section->bullets->len; j++)
        size += strlen (g_ptr_array_index (section->bullets, j)) + 3;
    }

  return size;
}

static char *
company_name (guint index)
{
  guint n1 = G_N_ELEMENTS (company_first);
  guint n2 = G_N_ELEMENTS (company_second);
  guint n3 = G_N_ELEMENTS (company_kind);
  guint n = n1 * n2 * n3;
  /* 7919 is prime: consecutive postings get unrelated companies, all different up to n. */
  guint scattered = (guint) (((guint64) index * 7919) % n);

  return g_strdup_printf ("%s%s %s%s", company_first[scattered % n1],
                          company_second[(scattered / n1) % n2],
                          company_kind[(scattered / (n1 * n2)) % n3],
                          index >= n ? " Group" : "");
}

static void
set_salary (Gen        *gen,
            Posting    *posting,
            const Role *role,
            guint       percent)
{
  const City *city = posting->city;
  gint64 low = (gint64) role->base_salary * percent / 100 * city->factor / 100
               * range (gen, 90, 110) / 100 / 1000 * 1000;
  gint64 high = low * range (gen, 112, 135) / 100 / 1000 * 1000;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (chance (gen, 8))
    {
      posting->salary = g_strdup ("Competitive, depending on experience");
      posting->salary_unit = NULL;
      return;
    }

  if (g_str_equal (posting->employment, "Contract"))
    {
      /* Day rates for contractors, in the same currency. */
      low = MAX (low / 220 / 10 * 10, 100);
      high = MAX (high / 220 / 10 * 10, low + 50);
      a = money (city, low);
      b = money (city, high);
      posting->salary = g_strdup_printf ("%s – %s per day", a, b);
      posting->salary_unit = "DAY";
    }
  else
    {
      a = money (city, low);
      b = money (city, high);
      switch (range (gen, 0, 3))
        {
        case 0:
          posting->salary = g_strdup_printf ("%s – %s per year", a, b);
          break;
        case 1:
          posting->salary = g_strdup_printf ("%s-%s a year, plus equity", a, b);
          break;
        case 2:
          posting->salary = g_strdup_printf ("%s to %s per annum", a, b);
          break;
        default:
          posting->salary = g_strdup_printf ("%s–%s gross yearly", a, b);
          break;
        }
      posting->salary_unit = "YEAR";
    }

  posting->salary_min = low;
  posting->salary_max = high;
}

static Posting *
posting_new (Gen   *gen,
             guint  index)
{
  Posting *posting = g_new0 (Posting, 1);
  const Role *role = &roles[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (roles))];
  const Seniority *seniority = NULL;
  guint total = 0, r;
  guint target = range (gen, MIN_TEXT_SIZE, MAX_TEXT_SIZE - 400);
  g_autoptr(GString) slug = NULL;
  Section *section;
  guint n_sections;
  guint workplace;

  posting->index = index;
  posting->layout = range (gen, 0, 5);
  posting->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  posting->skills = g_ptr_array_new ();
  posting->used = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seniorities); i++)
    total += seniorities[i].weight;
  r = g_rand_int_range (gen->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (seniorities) && seniority == NULL; i++)
    {
      if (r < seniorities[i].weight)
        seniority = &seniorities[i];
      else
        r -= seniorities[i].weight;
    }

  posting->title = g_strconcat (seniority->prefix, role->name, NULL);
  posting->company = company_name (index);
  slug = g_string_new (NULL);
  for (const char *p = posting->company; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, g_ascii_tolower (*p));
  posting->domain = g_strconcat (slug->str, ".example", NULL);
  posting->url = g_strdup_printf ("https://careers.%s/jobs/%u-%u", posting->domain,
                                  4100 + index, range (gen, 100, 999));
  posting->city = &cities[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (cities))];

  workplace = range (gen, 0, 99);
  posting->workplace = workplace < 35 ? "On-site" : workplace < 75 ? "Hybrid" : "Remote";
  if (g_str_equal (posting->workplace, "Remote"))
    posting->location = g_strdup_printf ("Remote (%s)", posting->city->region);
  else
    posting->location = g_strdup_printf ("%s%s%s", posting->city->city,
                                         strchr (posting->city->city, ',') == NULL ? ", " : "",
                                         strchr (posting->city->city, ',') == NULL
                                           ? posting->city->country : "");

  if (g_str_has_prefix (posting->title, "Intern "))
    {
      posting->employment = "Internship";
      posting->schema_employment = "INTERN";
    }
  else
    {
      guint e = range (gen, 0, 99);

      posting->employment = e < 82 ? "Full-time" : e < 93 ? "Contract" : "Part-time";
      posting->schema_employment = e < 82 ? "FULL_TIME" : e < 93 ? "CONTRACTOR" : "PART_TIME";
    }

  set_salary (gen, posting, role, seniority->percent);
  posting->date_posted = g_strdup_printf ("2026-%02u-%02u", range (gen, 1, 10),
                                          range (gen, 1, 28));
  posting->valid_through = g_strdup_printf ("2026-%02u-%02u", range (gen, 11, 12),
                                            range (gen, 1, 28));

  /* Skills: mostly from the role's field, some from a neighbouring one and general ones. */
  add_skills (gen, posting, role->primary, range (gen, 3, 5));
  add_skills (gen, posting, role->secondary, range (gen, 1, 2));
  add_skills (gen, posting, GROUP_GENERAL, 1);
  posting->n_required = posting->skills->len;
  add_skills (gen, posting, role->secondary, 1);
  add_skills (gen, posting, GROUP_GENERAL, range (gen, 1, 2));

  /* Three to five sections: about, duties and requirements always. */
  section = section_new (gen, posting, PICK (gen, about_headings));
  add_paragraph (section, paragraph (gen, posting, company_sentences,
                                     G_N_ELEMENTS (company_sentences), range (gen, 2, 4)));
  g_ptr_array_add (posting->sections, section);

  section = section_new (gen, posting, PICK (gen, duty_headings));
  add_paragraph (section, paragraph (gen, posting, role_sentences,
                                     G_N_ELEMENTS (role_sentences), range (gen, 2, 3)));
  add_bullets (gen, posting, section, duties, G_N_ELEMENTS (duties), range (gen, 5, 8), FALSE);
  g_ptr_array_add (posting->sections, section);

  section = section_new (gen, posting, PICK (gen, requirement_headings));
  add_bullets (gen, posting, section, requirements, G_N_ELEMENTS (requirements),
               range (gen, 4, 7), FALSE);
  g_ptr_array_add (posting->sections, section);

  n_sections = range (gen, 3, 5);
  if (n_sections >= 4)
    {
      section = section_new (gen, posting, PICK (gen, nice_headings));
      add_bullets (gen, posting, section, nice_to_haves, G_N_ELEMENTS (nice_to_haves),
                   range (gen, 2, 4), TRUE);
      g_ptr_array_add (posting->sections, section);
    }
  if (n_sections >= 5 || chance (gen, 40))
    {
      section = section_new (gen, posting, PICK (gen, benefit_headings));
      add_bullets (gen, posting, section, benefits, G_N_ELEMENTS (benefits), range (gen, 4, 7),
                   FALSE);
      g_ptr_array_add (posting->sections, section);
    }

  /* Longer postings say more about the company and the role. */
  for (guint i = 0; posting_text_size (posting) < target && i < 12; i++)
    {
      Section *grow = g_ptr_array_index (posting->sections, i % 2);

      if (i % 2 == 0)
        add_paragraph (grow, paragraph (gen, posting, company_sentences,
                                        G_N_ELEMENTS (company_sentences), range (gen, 2, 4)));
      else
        add_paragraph (grow, paragraph (gen, posting, role_sentences,
                                        G_N_ELEMENTS (role_sentences), range (gen, 2, 3)));
    }

  /* A closing paragraph in the last section. */
  section = g_ptr_array_index (posting->sections, posting->sections->len - 1);
  add_paragraph (section, paragraph (gen, posting, closings, G_N_ELEMENTS (closings),
                                     range (gen, 1, 2)));

  return posting;
}

/* Writers ----------------------------------------------------------------------------------- */

static char *
upper (const char *text)
{
  return g_utf8_strup (text, -1);
}

/* Hard-wraps @text at @width columns, as text files saved from mail often are. */
static void
append_wrapped (GString    *out,
                const char *text,
                guint       width)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint len = g_utf8_strlen (words[i], -1);

      if (column > 0 && column + 1 + len > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += len;
    }
  g_string_append_c (out, '\n');
}

static GBytes *
render_txt (Posting *posting)
{
  GString *out = g_string_new (NULL);
  guint layout = posting->layout % 3;
  const char *bullet = layout == 0 ? "- " : layout == 1 ? "• " : "* ";

  switch (layout)
    {
    case 0:
      g_string_append_printf (out, "%s\nCompany: %s\nLocation: %s\nEmployment type: %s\n"
                              "Salary: %s\n\n", posting->title, posting->company,
                              posting->location, posting->employment, posting->salary);
      break;
    case 1:
      g_string_append_printf (out, "%s at %s\n%s · %s · %s\nCompensation: %s\n\n",
                              posting->title, posting->company, posting->location,
                              posting->workplace, posting->employment, posting->salary);
      break;
    default:
      g_string_append_printf (out, "%s — %s\nLocation: %s\nSalary range: %s\n\n",
                              posting->title, posting->company, posting->location,
                              posting->salary);
      break;
    }

  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);
      guint last = section->paragraphs->len;

      if (layout == 2)
        {
          g_autofree char *heading = upper (section->heading);

          g_string_append_printf (out, "%s\n\n", heading);
        }
      else
        g_string_append_printf (out, "%s%s\n\n", section->heading, layout == 1 ? ":" : "");

      /* The closing paragraph of the last section comes after its bullets. */
      if (i == posting->sections->len - 1 && section->bullets->len > 0)
        last--;

      for (guint j = 0; j < last; j++)
        {
          if (layout == 2)
            append_wrapped (out, g_ptr_array_index (section->paragraphs, j), 76);
          else
            g_string_append_printf (out, "%s\n",
                                    (char *) g_ptr_array_index (section->paragraphs, j));
          g_string_append_c (out, '\n');
        }
      for (guint j = 0; j < section->bullets->len; j++)
        g_string_append_printf (out, "%s%s\n", bullet,
                                (char *) g_ptr_array_index (section->bullets, j));
      if (section->bullets->len > 0)
        g_string_append_c (out, '\n');
      for (guint j = last; j < section->paragraphs->len; j++)
        g_string_append_printf (out, "%s\n\n", (char *) g_ptr_array_index (section->paragraphs, j));
    }

  return g_string_free_to_bytes (out);
}

/* The company's name in bold where a paragraph mentions it, as Markdown postings do. */
static void
append_markdown_paragraph (GString    *out,
                           const char *text,
                           const char *company)
{
  const char *at = strstr (text, company);

  if (at == NULL)
    {
      g_string_append_printf (out, "%s\n\n", text);
      return;
    }

  g_string_append_len (out, text, at - text);
  g_string_append_printf (out, "**%s**%s\n\n", company, at + strlen (company));
}

static GBytes *
render_markdown (Posting *posting)
{
  GString *out = g_string_new (NULL);
  guint layout = posting->layout % 2;

  if (layout == 0)
    g_string_append_printf (out, "# %s\n\n**Company:** %s  \n**Location:** %s (%s)  \n"
                            "**Employment type:** %s  \n**Salary:** %s\n\n---\n\n",
                            posting->title, posting->company, posting->location,
                            posting->workplace, posting->employment, posting->salary);
  else
    g_string_append_printf (out, "# %s at %s\n\n*%s · %s · %s*\n\n**Salary:** %s\n\n",
                            posting->title, posting->company, posting->location,
                            posting->workplace, posting->employment, posting->salary);

  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);
      guint last = section->paragraphs->len;

      g_string_append_printf (out, "%s %s\n\n", layout == 0 ? "##" : "###", section->heading);
      if (i == posting->sections->len - 1 && section->bullets->len > 0)
        last--;
      for (guint j = 0; j < last; j++)
        append_markdown_paragraph (out, g_ptr_array_index (section->paragraphs, j),
                                   posting->company);
      for (guint j = 0; j < section->bullets->len; j++)
        g_string_append_printf (out, "%s %s\n", layout == 0 ? "-" : "*",
                                (char *) g_ptr_array_index (section->bullets, j));
      if (section->bullets->len > 0)
        g_string_append_c (out, '\n');
      for (guint j = last; j < section->paragraphs->len; j++)
        append_markdown_paragraph (out, g_ptr_array_index (section->paragraphs, j),
                                   posting->company);
    }

  g_string_append_printf (out, "[Apply on our careers page](%s)\n", posting->url);
  return g_string_free_to_bytes (out);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* The sections as HTML: the page body, and the JobPosting description. */
static void
append_html_sections (GString *out,
                      Posting *posting,
                      gboolean in_json)
{
  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);
      guint last = section->paragraphs->len;

      if (!in_json)
        g_string_append (out, "      <section class=\"job-section\">\n        ");
      g_string_append (out, in_json ? "<h3>" : "<h2>");
      append_escaped (out, section->heading);
      g_string_append (out, in_json ? "</h3>" : "</h2>\n");

      if (i == posting->sections->len - 1 && section->bullets->len > 0)
        last--;
      for (guint j = 0; j < last; j++)
        {
          g_string_append (out, in_json ? "<p>" : "        <p>");
          append_escaped (out, g_ptr_array_index (section->paragraphs, j));
          g_string_append (out, in_json ? "</p>" : "</p>\n");
        }
      if (section->bullets->len > 0)
        {
          g_string_append (out, in_json ? "<ul>" : "        <ul>\n");
          for (guint j = 0; j < section->bullets->len; j++)
            {
              g_string_append (out, in_json ? "<li>" : "          <li>");
              append_escaped (out, g_ptr_array_index (section->bullets, j));
              g_string_append (out, in_json ? "</li>" : "</li>\n");
            }
          g_string_append (out, in_json ? "</ul>" : "        </ul>\n");
        }
      for (guint j = last; j < section->paragraphs->len; j++)
        {
          g_string_append (out, in_json ? "<p>" : "        <p>");
          append_escaped (out, g_ptr_array_index (section->paragraphs, j));
          g_string_append (out, in_json ? "</p>" : "</p>\n");
        }
      if (!in_json)
        g_string_append (out, "      </section>\n");
    }
}

/* A schema.org JobPosting as job boards embed it, description included. */
static char *
job_posting_json_ld (Posting *posting)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *json = NULL;
  GString *escaped;

  append_html_sections (description, posting, TRUE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_add_string_value (builder, "https://schema.org/");
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "JobPosting");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, posting->title);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description->str);
  json_builder_set_member_name (builder, "datePosted");
  json_builder_add_string_value (builder, posting->date_posted);
  json_builder_set_member_name (builder, "validThrough");
  json_builder_add_string_value (builder, posting->valid_through);
  json_builder_set_member_name (builder, "employmentType");
  json_builder_add_string_value (builder, posting->schema_employment);
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, posting->url);

  json_builder_set_member_name (builder, "hiringOrganization");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "Organization");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, posting->company);
  json_builder_set_member_name (builder, "sameAs");
  {
    g_autofree char *site = g_strdup_printf ("https://www.%s/", posting->domain);

    json_builder_add_string_value (builder, site);
  }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "jobLocation");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "Place");
  json_builder_set_member_name (builder, "address");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "PostalAddress");
  json_builder_set_member_name (builder, "addressLocality");
  json_builder_add_string_value (builder, posting->city->city);
  json_builder_set_member_name (builder, "addressCountry");
  json_builder_add_string_value (builder, posting->city->country_code);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  if (g_str_equal (posting->workplace, "Remote"))
    {
      json_builder_set_member_name (builder, "jobLocationType");
      json_builder_add_string_value (builder, "TELECOMMUTE");
    }

  if (posting->salary_unit != NULL)
    {
      json_builder_set_member_name (builder, "baseSalary");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "@type");
      json_builder_add_string_value (builder, "MonetaryAmount");
      json_builder_set_member_name (builder, "currency");
      json_builder_add_string_value (builder, posting->city->currency);
      json_builder_set_member_name (builder, "value");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "@type");
      json_builder_add_string_value (builder, "QuantitativeValue");
      json_builder_set_member_name (builder, "minValue");
      json_builder_add_int_value (builder, posting->salary_min);
      json_builder_set_member_name (builder, "maxValue");
      json_builder_add_int_value (builder, posting->salary_max);
      json_builder_set_member_name (builder, "unitText");
      json_builder_add_string_value (builder, posting->salary_unit);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);

  /* "</" inside a script element would end it for some parsers; "<\/" is the same JSON. */
  escaped = g_string_new (NULL);
  for (const char *p = json; *p; p++)
    {
      if (p[0] == '<' && p[1] == '/')
        {
          g_string_append (escaped, "<\\/");
          p++;
          continue;
        }
      g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

/* A careers page: head with styles and scripts, site navigation, the posting, a footer. */
static GBytes *
render_html (Posting  *posting,
             gboolean  with_json_ld)
{
  GString *out = g_string_new (NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                        "  <meta charset=\"utf-8\">\n"
                        "  <meta name=\"viewport\" content=\"width=device-width, "
                        "initial-scale=1\">\n  <title>");
  append_escaped (out, posting->title);
  g_string_append (out, " – ");
  append_escaped (out, posting->company);
  g_string_append (out, " careers</title>\n  <meta name=\"description\" content=\"");
  append_escaped (out, posting->title);
  g_string_append (out, " in ");
  append_escaped (out, posting->location);
  g_string_append_printf (out, "\">\n  <link rel=\"canonical\" href=\"%s\">\n"
                               "  <link rel=\"stylesheet\" href=\"/assets/site.4f2a91.css\">\n",
                          posting->url);
  g_string_append (out,
    "  <style>\n"
    "    body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; }\n"
    "    .site-header, .site-footer { background: #f5f5f7; padding: 1rem 2rem; }\n"
    "    .job { max-width: 46rem; margin: 2rem auto; line-height: 1.55; }\n"
    "    .job-meta span + span::before { content: \" · \"; }\n"
    "    .apply { display: inline-block; padding: .6rem 1.2rem; border-radius: 6px; }\n"
    "  </style>\n"
    "  <script>window.dataLayer = window.dataLayer || []; "
    "function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>\n");
  if (with_json_ld)
    {
      g_autofree char *json = job_posting_json_ld (posting);

      g_string_append_printf (out, "  <script type=\"application/ld+json\">%s</script>\n", json);
    }
  g_string_append (out, "</head>\n<body>\n  <header class=\"site-header\">\n    <nav>\n"
                        "      <a class=\"logo\" href=\"/\">");
  append_escaped (out, posting->company);
  g_string_append (out, "</a>\n      <ul>\n        <li><a href=\"/product\">Product</a></li>\n"
                        "        <li><a href=\"/customers\">Customers</a></li>\n"
                        "        <li><a href=\"/about\">About</a></li>\n"
                        "        <li><a href=\"/careers\">Careers</a></li>\n"
                        "        <li><a href=\"/blog\">Blog</a></li>\n      </ul>\n"
                        "    </nav>\n  </header>\n  <main>\n    <article class=\"job\">\n"
                        "      <h1>");
  append_escaped (out, posting->title);
  g_string_append (out, "</h1>\n      <p class=\"job-meta\"><span class=\"company\">");
  append_escaped (out, posting->company);
  g_string_append (out, "</span><span class=\"location\">");
  append_escaped (out, posting->location);
  g_string_append_printf (out, "</span><span>%s</span><span>%s</span></p>\n"
                               "      <p class=\"salary\"><strong>Salary:</strong> ",
                          posting->workplace, posting->employment);
  append_escaped (out, posting->salary);
  g_string_append (out, "</p>\n");
  append_html_sections (out, posting, FALSE);
  g_string_append_printf (out, "      <p><a class=\"apply\" href=\"%s/apply\">Apply now</a></p>\n"
                               "    </article>\n  </main>\n"
                               "  <footer class=\"site-footer\">\n"
                               "    <p>© 2026 ", posting->url);
  append_escaped (out, posting->company);
  g_string_append (out, " · <a href=\"/privacy\">Privacy</a> · <a href=\"/cookies\">Cookie "
                        "settings</a> · <a href=\"/imprint\">Imprint</a></p>\n  </footer>\n"
                        "  <script src=\"/assets/app.9c1e07.js\" defer></script>\n"
                        "</body>\n</html>\n");

  return g_string_free_to_bytes (out);
}

/* DOCX: WordprocessingML as Word writes it, in a deflated ZIP written with libarchive. */

static const char docx_content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
  "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
  "officedocument.wordprocessingml.document.main+xml\"/>"
  "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
  "officedocument.wordprocessingml.styles+xml\"/>"
  "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-"
  "officedocument.wordprocessingml.numbering+xml\"/>"
  "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-"
  "package.core-properties+xml\"/>"
  "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-"
  "officedocument.extended-properties+xml\"/></Types>";

static const char docx_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
  "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

static const char docx_document_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/styles\" Target=\"styles.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/numbering\" Target=\"numbering.xml\"/></Relationships>";

static const char docx_styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
  "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
  "w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
  "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/>"
  "</w:pPr></w:pPrDefault></w:docDefaults>"
  "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
  "<w:qFormat/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:rPr><w:sz "
  "w:val=\"56\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
  "<w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz "
  "w:val=\"32\"/></w:rPr></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
  "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:left=\"720\"/></w:pPr></w:style>"
  "</w:styles>";

static const char docx_numbering[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
  "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
  "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
  "<w:lvlText w:val=\"\xef\x82\xb7\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" "
  "w:hanging=\"360\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\" "
  "w:hint=\"default\"/></w:rPr></w:lvl></w:abstractNum>"
  "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";

static const char docx_app[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-"
  "properties\"><Application>Microsoft Office Word</Application><DocSecurity>0"
  "</DocSecurity><AppVersion>16.0000</AppVersion></Properties>";

static void
docx_run (GString    *out,
          const char *text,
          gboolean    bold)
{
  g_string_append_printf (out, "<w:r><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/>"
                               "%s<w:sz w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">",
                          bold ? "<w:b/>" : "");
  append_escaped (out, text);
  g_string_append (out, "</w:t></w:r>");
}

static void
docx_paragraph (GString    *out,
                const char *style,
                gboolean    bullet,
                const char *text,
                guint       rsid)
{
  g_string_append_printf (out, "<w:p w:rsidR=\"00%06X\" w:rsidRDefault=\"00%06X\">", rsid,
                          rsid ^ 0x5a5a5a);
  if (style != NULL || bullet)
    {
      g_string_append (out, "<w:pPr>");
      if (style != NULL)
        g_string_append_printf (out, "<w:pStyle w:val=\"%s\"/>", style);
      if (bullet)
        g_string_append (out, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
      g_string_append (out, "</w:pPr>");
    }

  /* Word splits text into runs at every edit; two runs per long paragraph. */
  if (strlen (text) > 120 && strchr (text + 60, ' ') != NULL)
    {
      const char *cut = strchr (text + 60, ' ');
      g_autofree char *first = g_strndup (text, cut - text);

      docx_run (out, first, FALSE);
      docx_run (out, cut, FALSE);
    }
  else
    docx_run (out, text, FALSE);
  g_string_append (out, "</w:p>");
}

static void
docx_label (GString    *out,
            const char *label,
            const char *value)
{
  g_string_append (out, "<w:p>");
  docx_run (out, label, TRUE);
  docx_run (out, value, FALSE);
  g_string_append (out, "</w:p>");
}

static char *
docx_document (Posting *posting)
{
  GString *out = g_string_new (NULL);
  guint rsid = 0x1a2b3c + posting->index;

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        "wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats."
                        "org/officeDocument/2006/relationships\"><w:body>");
  docx_paragraph (out, "Title", FALSE, posting->title, rsid++);
  docx_label (out, "Company: ", posting->company);
  docx_label (out, "Location: ", posting->location);
  docx_label (out, "Employment type: ", posting->employment);
  docx_label (out, "Salary: ", posting->salary);

  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);
      guint last = section->paragraphs->len;

      docx_paragraph (out, "Heading1", FALSE, section->heading, rsid++);
      if (i == posting->sections->len - 1 && section->bullets->len > 0)
        last--;
      for (guint j = 0; j < last; j++)
        docx_paragraph (out, NULL, FALSE, g_ptr_array_index (section->paragraphs, j), rsid++);
      for (guint j = 0; j < section->bullets->len; j++)
        docx_paragraph (out, "ListParagraph", TRUE, g_ptr_array_index (section->bullets, j),
                        rsid++);
      for (guint j = last; j < section->paragraphs->len; j++)
        docx_paragraph (out, NULL, FALSE, g_ptr_array_index (section->paragraphs, j), rsid++);
    }

  g_string_append (out, "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" "
                        "w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" "
                        "w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
  return g_string_free (out, FALSE);
}

static char *
docx_core (Posting *posting)
{
  GString *out = g_string_new (NULL);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                        "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/"
                        "elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");
  append_escaped (out, posting->title);
  g_string_append (out, "</dc:title><dc:creator>");
  append_escaped (out, posting->company);
  g_string_append_printf (out, " Talent Team</dc:creator><dcterms:created xsi:type=\"dcterms:"
                               "W3CDTF\">%sT09:00:00Z</dcterms:created></cp:coreProperties>",
                          posting->date_posted);
  return g_string_free (out, FALSE);
}

static gboolean
zip_add (struct archive  *archive,
         const char      *name,
         const char      *data,
         GError         **error)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize len = strlen (data);
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, len);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, 1767225600, 0);

  ok = archive_write_header (archive, entry) == ARCHIVE_OK &&
       archive_write_data (archive, data, len) == (la_ssize_t) len;
  archive_entry_free (entry);

  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s: %s", name,
                 archive_error_string (archive));
  return ok;
}

static gboolean
write_docx (Posting     *posting,
            const char  *path,
            GError     **error)
{
  struct archive *archive = archive_write_new ();
  g_autofree char *document = docx_document (posting);
  g_autofree char *core = docx_core (posting);
  gboolean ok;

  archive_write_set_format_zip (archive);
  archive_write_zip_set_compression_deflate (archive);

  ok = archive_write_open_filename (archive, path) == ARCHIVE_OK;
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s: %s", path,
                 archive_error_string (archive));

  ok = ok &&
       zip_add (archive, "[Content_Types].xml", docx_content_types, error) &&
       zip_add (archive, "_rels/.rels", docx_rels, error) &&
       zip_add (archive, "docProps/app.xml", docx_app, error) &&
       zip_add (archive, "docProps/core.xml", core, error) &&
       zip_add (archive, "word/_rels/document.xml.rels", docx_document_rels, error) &&
       zip_add (archive, "word/document.xml", document, error) &&
       zip_add (archive, "word/styles.xml", docx_styles, error) &&
       zip_add (archive, "word/numbering.xml", docx_numbering, error);

  if (archive_write_close (archive) != ARCHIVE_OK && ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s: %s", path,
                   archive_error_string (archive));
      ok = FALSE;
    }
  archive_write_free (archive);

  return ok;
}

/* PDF: an A4 document set in DejaVu Sans with cairo, text wrapped by measuring words. */

#define PDF_WIDTH   595.28
#define PDF_HEIGHT  841.89
#define PDF_MARGIN  64.0

typedef struct
{
  cairo_t *cr;
  double   y;
} PdfWriter;

static void
pdf_text (PdfWriter  *pdf,
          const char *text,
          double      size,
          gboolean    bold,
          double      indent,
          const char *marker)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  double line_height = size * 1.4;
  double max_width = PDF_WIDTH - 2 * PDF_MARGIN - indent;
  double width = 0;
  double space;
  cairo_text_extents_t extents;
  gboolean first_line = TRUE;

  cairo_select_font_face (pdf->cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (pdf->cr, size);
  cairo_text_extents (pdf->cr, " ", &extents);
  space = extents.x_advance;

  for (guint i = 0; ; i++)
    {
      double word_width = 0;

      if (words[i] != NULL)
        {
          cairo_text_extents (pdf->cr, words[i], &extents);
          word_width = extents.x_advance;
        }

      if (words[i] == NULL || (line->len > 0 && width + space + word_width > max_width))
        {
          if (pdf->y + line_height > PDF_HEIGHT - PDF_MARGIN)
            {
              cairo_show_page (pdf->cr);
              pdf->y = PDF_MARGIN;
            }
          pdf->y += line_height;
          if (first_line && marker != NULL)
            {
              cairo_move_to (pdf->cr, PDF_MARGIN + indent - 12, pdf->y);
              cairo_show_text (pdf->cr, marker);
            }
          cairo_move_to (pdf->cr, PDF_MARGIN + indent, pdf->y);
          cairo_show_text (pdf->cr, line->str);
          first_line = FALSE;
          g_string_truncate (line, 0);
          width = 0;
          if (words[i] == NULL)
            break;
        }

      if (line->len > 0)
        {
          g_string_append_c (line, ' ');
          width += space;
        }
      g_string_append (line, words[i]);
      width += word_width;
    }
}

static gboolean
write_pdf (Posting     *posting,
           const char  *path,
           GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PDF_WIDTH, PDF_HEIGHT);
  PdfWriter pdf = { NULL, PDF_MARGIN };
  g_autofree char *meta = NULL;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, posting->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, posting->company);
  pdf.cr = cairo_create (surface);
  cairo_set_source_rgb (pdf.cr, 0.1, 0.1, 0.1);

  pdf_text (&pdf, posting->title, 18, TRUE, 0, NULL);
  pdf.y += 6;
  meta = g_strdup_printf ("%s · %s · %s", posting->company, posting->location,
                          posting->employment);
  pdf_text (&pdf, meta, 10.5, FALSE, 0, NULL);
  {
    g_autofree char *salary = g_strdup_printf ("Salary: %s", posting->salary);

    pdf_text (&pdf, salary, 10.5, FALSE, 0, NULL);
  }

  for (guint i = 0; i < posting->sections->len; i++)
    {
      Section *section = g_ptr_array_index (posting->sections, i);
      guint last = section->paragraphs->len;

      pdf.y += 10;
      pdf_text (&pdf, section->heading, 13, TRUE, 0, NULL);
      pdf.y += 2;
      if (i == posting->sections->len - 1 && section->bullets->len > 0)
        last--;
      for (guint j = 0; j < last; j++)
        {
          pdf_text (&pdf, g_ptr_array_index (section->paragraphs, j), 10.5, FALSE, 0, NULL);
          pdf.y += 5;
        }
      for (guint j = 0; j < section->bullets->len; j++)
        pdf_text (&pdf, g_ptr_array_index (section->bullets, j), 10.5, FALSE, 16, "•");
      for (guint j = last; j < section->paragraphs->len; j++)
        {
          pdf.y += 5;
          pdf_text (&pdf, g_ptr_array_index (section->paragraphs, j), 10.5, FALSE, 0, NULL);
        }
    }

  cairo_show_page (pdf.cr);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Cannot write %s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_bytes (GBytes      *bytes,
             const char  *path,
             GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return g_file_set_contents (path, data, len, error);
}

static gboolean
write_txt (Posting     *posting,
           const char  *path,
           GError     **error)
{
  g_autoptr(GBytes) bytes = render_txt (posting);

  return write_bytes (bytes, path, error);
}

static gboolean
write_markdown (Posting     *posting,
                const char  *path,
                GError     **error)
{
  g_autoptr(GBytes) bytes = render_markdown (posting);

  return write_bytes (bytes, path, error);
}

static gboolean
write_html (Posting     *posting,
            const char  *path,
            GError     **error)
{
  g_autoptr(GBytes) bytes = render_html (posting, FALSE);

  return write_bytes (bytes, path, error);
}

static gboolean
write_html_json_ld (Posting     *posting,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = render_html (posting, TRUE);

  return write_bytes (bytes, path, error);
}

/* The benchmark ----------------------------------------------------------------------------- */

typedef gboolean (*WriteFunc) (Posting *posting, const char *path, GError **error);

typedef struct
{
  const char *slug;
  const char *label;
  const char *extension;
  gboolean    targeted;
  WriteFunc   write;

  GPtrArray  *paths;          /* char* */
  GPtrArray  *contents;       /* GBytes* */
  guint64     total_bytes;

  /* One core */
  double      one_core_fps;   /* median of the rounds */
  double      extract_ms;     /* per file, in the median round */
  double      parse_ms;
  guint       n_title_ok;     /* title as generated */
  guint       n_company_ok;   /* company as generated */
  guint       n_unreadable;
  char       *first_error;

  /* Storing, and end to end */
  double      store_ms;
  double      e2e_fps;
  guint       outcomes[VOC_IMPORT_FAILED + 1];
  char       *first_import_error;
} Format;

static Format formats[] = {
  { "txt", "plain text", "txt", TRUE, write_txt },
  { "md", "Markdown", "md", TRUE, write_markdown },
  { "html", "HTML", "html", TRUE, write_html },
  { "html-ld", "HTML + JSON-LD", "html", TRUE, write_html_json_ld },
  { "docx", "DOCX", "docx", FALSE, write_docx },
  { "pdf", "PDF", "pdf", FALSE, write_pdf },
};

static void
format_clear (Format *format)
{
  g_clear_pointer (&format->paths, g_ptr_array_unref);
  g_clear_pointer (&format->contents, g_ptr_array_unref);
  g_clear_pointer (&format->first_error, g_free);
  g_clear_pointer (&format->first_import_error, g_free);
}

static gboolean
write_files (Format      *format,
             GPtrArray   *postings,
             const char  *workdir,
             GError     **error)
{
  g_autofree char *dir = g_build_filename (workdir, format->slug, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir,
                   g_strerror (errno));
      return FALSE;
    }

  format->paths = g_ptr_array_new_with_free_func (g_free);
  format->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < postings->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("posting-%05u.%s", i + 1, format->extension);
      char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize len;

      g_ptr_array_add (format->paths, path);
      if (!format->write (g_ptr_array_index (postings, i), path, error) ||
          !g_file_get_contents (path, &contents, &len, error))
        return FALSE;

      format->total_bytes += len;
      g_ptr_array_add (format->contents, g_bytes_new_take (g_steal_pointer (&contents), len));
    }

  return TRUE;
}

/* Extraction and parsing on this thread; returns the round's files per second. */
static double
run_one_core_round (Format    *format,
                    GPtrArray *postings,
                    double    *extract_ms,
                    double    *parse_ms)
{
  VocSkillDictionary *dictionary = voc_skill_dictionary_get_default ();
  double extract_total = 0, parse_total = 0;
  double start = bench_now_ms ();
  double elapsed;

  format->n_title_ok = 0;
  format->n_company_ok = 0;
  format->n_unreadable = 0;

  for (guint i = 0; i < format->contents->len; i++)
    {
      Posting *posting = g_ptr_array_index (postings, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(VocExtracted) extracted = NULL;
      g_autoptr(VocJdParse) parse = NULL;
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (format->paths, i));
      double t0, t1, t2;

      t0 = bench_now_ms ();
      extracted = voc_extract_text (g_ptr_array_index (format->contents, i), name, NULL, &error);
      t1 = bench_now_ms ();
      if (extracted == NULL)
        {
          format->n_unreadable++;
          if (format->first_error == NULL)
            format->first_error = g_strdup (error->message);
          extract_total += t1 - t0;
          continue;
        }
      parse = voc_jd_parse (extracted->text, extracted->hints, dictionary);
      t2 = bench_now_ms ();

      extract_total += t1 - t0;
      parse_total += t2 - t1;

      if (g_strcmp0 (parse->title, posting->title) == 0)
        format->n_title_ok++;
      if (g_strcmp0 (parse->company, posting->company) == 0)
        format->n_company_ok++;
    }

  elapsed = bench_now_ms () - start;
  *extract_ms = extract_total / MAX (format->contents->len, 1);
  *parse_ms = parse_total / MAX (format->contents->len, 1);

  return format->contents->len / (elapsed / 1000.0);
}

static void
run_one_core (Format    *format,
              GPtrArray *postings,
              guint      rounds)
{
  g_autoptr(GArray) fps = bench_values_new ();
  g_autoptr(GArray) extract = bench_values_new ();
  g_autoptr(GArray) parse = bench_values_new ();

  for (guint r = 0; r < rounds; r++)
    {
      double e, p;

      bench_append (fps, run_one_core_round (format, postings, &e, &p));
      bench_append (extract, e);
      bench_append (parse, p);
      g_printerr ("  %-15s one core, round %u: %7.1f files/s (extract %.3f ms, parse %.3f ms "
                  "per file)\n", format->label, r + 1, g_array_index (fps, double, r), e, p);
    }

  format->one_core_fps = bench_median (fps);
  format->extract_ms = bench_median (extract);
  format->parse_ms = bench_median (parse);
}

static VocDatabase *
fresh_database (const char  *workdir,
                const char  *prefix,
                Format      *format,
                GError     **error)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.db", prefix, format->slug);
  g_autofree char *path = g_build_filename (workdir, name, NULL);

  return voc_database_open (path, error);
}

/* voc_job_importer_store() on this (main) thread: parse, then one transaction per posting. */
static gboolean
run_store (Format      *format,
           const char  *workdir,
           GError     **error)
{
  g_autoptr(VocDatabase) database = fresh_database (workdir, "store", format, error);
  g_autoptr(VocJobImporter) importer = NULL;
  double total = 0;
  guint n = 0;

  if (database == NULL)
    return FALSE;

  importer = voc_job_importer_new (database, NULL);

  for (guint i = 0; i < format->contents->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (format->paths, i));
      g_autoptr(VocExtracted) extracted = NULL;
      g_autoptr(VocImportResult) result = NULL;
      double t0;

      extracted = voc_extract_text (g_ptr_array_index (format->contents, i), name, NULL, NULL);
      if (extracted == NULL)
        continue;

      t0 = bench_now_ms ();
      result = voc_job_importer_store (importer, extracted, name, "file");
      total += bench_now_ms () - t0;
      n++;
    }

  /* The call parses too: what is left is the transaction. */
  format->store_ms = MAX (total / MAX (n, 1) - format->parse_ms, 0);
  return TRUE;
}

typedef struct
{
  GMainLoop *loop;
  GPtrArray *results;
  GError    *error;
} ImportRun;

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ImportRun *run = user_data;

  run->results = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, &run->error);
  g_main_loop_quit (run->loop);
}

/* The importer as the application runs it, into a fresh database. */
static gboolean
run_end_to_end (Format      *format,
                const char  *workdir,
                GError     **error)
{
  g_autoptr(VocDatabase) database = fresh_database (workdir, "import", format, error);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  ImportRun run = { 0 };
  double start, elapsed;

  if (database == NULL)
    return FALSE;

  importer = voc_job_importer_new (database, NULL);
  for (guint i = 0; i < format->paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (format->paths, i));

      voc_job_importer_add_file (importer, file);
    }

  loop = g_main_loop_new (NULL, FALSE);
  run.loop = loop;

  start = bench_now_ms ();
  voc_job_importer_run_async (importer, NULL, on_import_done_cb, &run);
  g_main_loop_run (loop);
  elapsed = bench_now_ms () - start;

  if (run.results == NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }

  format->e2e_fps = format->paths->len / (elapsed / 1000.0);
  memset (format->outcomes, 0, sizeof format->outcomes);
  for (guint i = 0; i < run.results->len; i++)
    {
      VocImportResult *result = g_ptr_array_index (run.results, i);

      format->outcomes[result->outcome]++;
      if (result->error != NULL && format->first_import_error == NULL)
        format->first_import_error = g_strdup (result->error->message);
    }
  g_ptr_array_unref (run.results);

  g_printerr ("  %-15s end to end: %7.1f files/s (%u imported, %u updated, %u unchanged, "
              "%u failed)\n", format->label, format->e2e_fps, format->outcomes[VOC_IMPORT_IMPORTED],
              format->outcomes[VOC_IMPORT_UPDATED], format->outcomes[VOC_IMPORT_UNCHANGED],
              format->outcomes[VOC_IMPORT_FAILED]);
  return TRUE;
}

static void
check_skills (void)
{
  VocSkillDictionary *dictionary = voc_skill_dictionary_get_default ();
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n = 0;

  for (guint g = 0; g < N_GROUPS; g++)
    for (guint i = 0; skill_groups[g][i] != NULL; i++)
      {
        n++;
        if (voc_skill_dictionary_lookup (dictionary, skill_groups[g][i]) < 0)
          g_string_append_printf (missing, " “%s”", skill_groups[g][i]);
      }

  if (missing->len > 0)
    g_printerr ("bench-import: warning: not in the skills dictionary:%s\n", missing->str);
  g_printerr ("bench-import: %u skill names in the generator\n", n);
}

static void
remove_tree (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  if (g_remove (path) != 0 && errno != ENOENT)
    g_printerr ("bench-import: cannot remove “%s”: %s\n", path, g_strerror (errno));
}

static const char *
verdict (Format *format)
{
  if (!format->targeted)
    return "-";
  return format->e2e_fps >= TARGET_FILES_PER_S ? "MET" : "MISSED";
}

/* Returns 1 when the target is met, 0 when not, -1 when no targeted format ran. */
static int
print_table (Format    *selected[],
             guint      n_selected,
             guint      n_postings,
             guint      rounds,
             GPtrArray *postings)
{
  gsize min_size = G_MAXSIZE, max_size = 0;
  gboolean all_met = TRUE;
  gboolean any_targeted = FALSE;

  for (guint i = 0; i < postings->len; i++)
    {
      g_autoptr(GBytes) text = render_txt (g_ptr_array_index (postings, i));

      min_size = MIN (min_size, g_bytes_get_size (text));
      max_size = MAX (max_size, g_bytes_get_size (text));
    }

  g_print ("\nImport throughput: %u generated postings per format (%.1f–%.1f KB of plain text "
           "each).\n", n_postings, min_size / 1000.0, max_size / 1000.0);
  g_print ("One core: voc_extract_text + voc_jd_parse on one thread, median of %u rounds. "
           "Store: one transaction per posting\n(synchronous=FULL), beyond the parse. End to "
           "end: VocJobImporter into a fresh database, GMainLoop.\n\n", rounds);

  g_print ("%-15s %5s %6s %8s %8s %8s %8s %10s %7s %5s %5s  %s\n",
           "format", "files", "size", "extract", "parse", "1 core", "store", "end-to-end",
           "target", "title", "comp.", "verdict");
  g_print ("%-15s %5s %6s %8s %8s %8s %8s %10s %7s %5s %5s\n",
           "", "", "KiB", "ms/file", "ms/file", "files/s", "ms/file", "files/s", "files/s",
           "found", "found");

  for (guint i = 0; i < n_selected; i++)
    {
      Format *f = selected[i];
      guint n = f->paths->len;

      g_print ("%-15s %5u %6.1f %8.3f %8.3f %8.0f %8.2f %10.0f %7s %4.0f%% %4.0f%%  %s\n",
               f->label, n, f->total_bytes / 1024.0 / MAX (n, 1), f->extract_ms, f->parse_ms,
               f->one_core_fps, f->store_ms, f->e2e_fps, f->targeted ? "200" : "-",
               100.0 * f->n_title_ok / MAX (n, 1), 100.0 * f->n_company_ok / MAX (n, 1),
               verdict (f));

      if (f->targeted)
        {
          any_targeted = TRUE;
          all_met = all_met && f->e2e_fps >= TARGET_FILES_PER_S;
        }
    }

  g_print ("\n");
  for (guint i = 0; i < n_selected; i++)
    {
      Format *f = selected[i];

      if (f->n_unreadable > 0)
        g_print ("%s: %u file%s could not be read, first: %s\n", f->label, f->n_unreadable,
                 f->n_unreadable == 1 ? "" : "s", f->first_error);
      if (f->outcomes[VOC_IMPORT_FAILED] > 0 || f->outcomes[VOC_IMPORT_UPDATED] > 0 ||
          f->outcomes[VOC_IMPORT_UNCHANGED] > 0)
        g_print ("%s: import: %u imported, %u updated, %u unchanged, %u failed%s%s\n", f->label,
                 f->outcomes[VOC_IMPORT_IMPORTED], f->outcomes[VOC_IMPORT_UPDATED],
                 f->outcomes[VOC_IMPORT_UNCHANGED], f->outcomes[VOC_IMPORT_FAILED],
                 f->first_import_error != NULL ? "; first error: " : "",
                 f->first_import_error != NULL ? f->first_import_error : "");
    }

  if (!any_targeted)
    {
      g_print ("Target (at least 200 text, Markdown and HTML files per second on one core, "
               "end to end): not judged, no such format run\n");
      return -1;
    }

  g_print ("Target (at least 200 text, Markdown and HTML files per second on one core, end "
           "to end): %s", all_met ? "MET" : "MISSED");
  if (!all_met)
    {
      const char *separator = " (";

      for (guint i = 0; i < n_selected; i++)
        {
          Format *f = selected[i];

          if (!f->targeted || f->e2e_fps >= TARGET_FILES_PER_S)
            continue;
          g_print ("%s%s %.0f files/s, %.0f%% short", separator, f->label, f->e2e_fps,
                   100.0 * (1 - f->e2e_fps / TARGET_FILES_PER_S));
          separator = "; ";
        }
      g_print (")");
    }
  g_print ("\n");

  return all_met ? 1 : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) postings = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree char *workdir = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *only = NULL;
  g_auto(GStrv) wanted = NULL;
  Format *selected[G_N_ELEMENTS (formats)];
  guint n_selected = 0;
  gint n_postings = DEFAULT_POSTINGS;
  gint rounds = DEFAULT_ROUNDS;
  gint seed = 2026;
  gboolean keep = FALSE;
  gboolean check = FALSE;
  int verdict;
  Gen gen;
  const GOptionEntry entries[] = {
    { "postings", 'n', 0, G_OPTION_ARG_INT, &n_postings,
      "Postings generated per format (300)", "N" },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds,
      "Rounds of the one-core measurement (3)", "K" },
    { "formats", 'f', 0, G_OPTION_ARG_STRING, &only,
      "Only these formats: txt,md,html,html-ld,docx,pdf", "LIST" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the generator (2026)", "SEED" },
    { "workdir", 'w', 0, G_OPTION_ARG_FILENAME, &parent,
      "Make the work folder in this folder (the system's temporary folder)", "DIR" },
    { "keep", 'k', 0, G_OPTION_ARG_NONE, &keep, "Keep the generated files and databases",
      NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Exit with status 3 when the target is not met", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- import throughput by format");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 2;
    }
  if (n_postings < 1 || rounds < 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  if (only != NULL)
    wanted = g_strsplit (only, ",", -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (wanted == NULL || g_strv_contains ((const char * const *) wanted, formats[i].slug))
      selected[n_selected++] = &formats[i];
  if (n_selected == 0)
    {
      g_printerr ("bench-import: no known format in “%s”\n", only);
      return 2;
    }

  if (parent != NULL)
    {
      g_autofree char *template = g_build_filename (parent, "bench-import-XXXXXX", NULL);

      if (g_mkdir_with_parents (parent, 0700) != 0 || g_mkdtemp (template) == NULL)
        {
          g_printerr ("bench-import: cannot make a folder in “%s”: %s\n", parent,
                      g_strerror (errno));
          return 1;
        }
      workdir = g_steal_pointer (&template);
    }
  else if ((workdir = g_dir_make_tmp ("bench-import-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }

  check_skills ();

  rand = g_rand_new_with_seed ((guint32) seed);
  gen.rand = rand;
  postings = g_ptr_array_new_with_free_func ((GDestroyNotify) posting_free);
  for (gint i = 0; i < n_postings; i++)
    g_ptr_array_add (postings, posting_new (&gen, i));

  for (guint i = 0; i < n_selected; i++)
    {
      Format *f = selected[i];
      double start = bench_now_ms ();

      if (!write_files (f, postings, workdir, &error))
        goto failed;
      g_printerr ("bench-import: wrote %u %s files (%.1f MiB) in %.1f s\n", f->paths->len,
                  f->label, f->total_bytes / 1048576.0, (bench_now_ms () - start) / 1000.0);

      run_one_core (f, postings, rounds);
      if (!run_store (f, workdir, &error) || !run_end_to_end (f, workdir, &error))
        goto failed;
    }

  verdict = print_table (selected, n_selected, n_postings, rounds, postings);

  if (keep)
    g_print ("work folder: %s\n", workdir);
  else
    remove_tree (workdir);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    format_clear (&formats[i]);
  return check && verdict == 0 ? 3 : 0;

failed:
  g_printerr ("bench-import: %s\nbench-import: work folder kept: %s\n", error->message, workdir);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    format_clear (&formats[i]);
  return 1;
}
