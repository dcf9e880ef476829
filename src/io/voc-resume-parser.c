/* voc-resume-parser.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-parser"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-resume-dates.h"
#include "voc-resume-parser.h"
#include "voc-skills.h"
#include "voc-text.h"

/*
 * A résumé, read without AI into a JSON Resume–shaped draft that the user reviews before
 * anything is saved. The input is text as voc_extract_text() gives it: headings on lines of
 * their own, list items starting with "- ", paragraphs separated by blank lines; text from
 * PDFs keeps the PDF's line breaks, its bullet glyphs, and sometimes glues two columns
 * together ("…compared to baselineJune 2023 – present").
 *
 * The work is done in passes, each simple on its own:
 *
 *  1. lines: page numbers and footers dropped, bullet glyphs recognised;
 *  2. sections: a line that names a section (in English, German, French or Spanish, in any
 *     case, with or without a colon) starts one; the lines before the first are the header
 *     with the name and contact details;
 *  3. logical lines: a line that starts in lower case, or follows one ending with a comma,
 *     continues the one before (PDFs break lines where the page ends);
 *  4. entries: in Experience, Education, Projects and Volunteering, the lines group into
 *     entries — header lines (title, employer, place, dates) followed by a body of bullets
 *     and prose. Where the layout puts each entry's dates first ("2017 – Product Manager,
 *     Google"), only such a line starts an entry, so wrapped prose never does;
 *  5. fields: the header lines are cut at their separators ("|", "—", ",", " at ") and each
 *     part is classified as a job title (by its words: Engineer, Leiter, Développeur…), a
 *     place (a country, a state code, a known city) or an employer.
 *
 * Nothing here guesses silently about dates: a line that looks like a date but cannot be read
 * is named in `meta.warnings`, and the entry is kept without it.
 *
 * Two choices shape the draft. A job described in prose without bullets gets one highlight
 * per sentence, since the master library is made of achievement bullets the user tags and
 * picks one by one. A school entry's bullets (thesis, honours) go to a `highlights` list that
 * JSON Resume 1.2.1 does not define but allows; the library keeps members it does not model.
 */

G_DEFINE_QUARK (voc-resume-parse-error-quark, voc_resume_parse_error)

/* Header and entry lines longer than this are prose. */
#define MAX_HEADER_WORDS 12

typedef enum
{
  SECTION_HEADER,
  SECTION_CONTACT,
  SECTION_SUMMARY,
  SECTION_WORK,
  SECTION_EDUCATION,
  SECTION_SKILLS,
  SECTION_PROJECTS,
  SECTION_CERTIFICATES,
  SECTION_LANGUAGES,
  SECTION_AWARDS,
  SECTION_VOLUNTEER,
  SECTION_INTERESTS,
  SECTION_OTHER,
} SectionKind;

typedef struct
{
  char     *text;
  guint     number;        /* line number in the input, from 1 */
  gboolean  bullet;
  gboolean  blank_before;
} Line;

typedef struct
{
  SectionKind  kind;
  GPtrArray   *lines;       /* Line */
} Section;

typedef struct
{
  GPtrArray    *header;     /* char *: the header lines without their dates */
  GPtrArray    *raw;        /* Line *: the header lines as written, for warnings */
  GPtrArray    *bullets;    /* char * */
  GPtrArray    *prose;      /* char * */
  VocDateRange  range;
  gboolean      has_date;
  char         *location;
  char         *url;
} Entry;

typedef struct
{
  guint  line;
  char  *text;
} Warning;

typedef struct
{
  VocSkillDictionary *dictionary;
  GPtrArray          *warnings;      /* Warning */
  JsonArray          *work;
  JsonArray          *volunteer;
  JsonArray          *education;
  JsonArray          *awards;
  JsonArray          *certificates;
  JsonArray          *skills;
  JsonArray          *languages;
  JsonArray          *interests;
  JsonArray          *projects;
  GHashTable         *skills_seen;
  GHashTable         *languages_seen;
  GString            *summary;
} Parser;

/* Tables --------------------------------------------------------------------------------------- */

typedef struct
{
  const char  *phrase;
  SectionKind  kind;
} HeadingPhrase;

/* Headings, folded and with punctuation as spaces. Whole headings are looked up first
 * ("professional background"), then what is left after the filler words below. */
static const HeadingPhrase heading_phrases[] = {
  /* Experience */
  { "experience", SECTION_WORK }, { "experiences", SECTION_WORK },
  { "work experience", SECTION_WORK }, { "work", SECTION_WORK },
  { "employment", SECTION_WORK }, { "employment history", SECTION_WORK },
  { "work history", SECTION_WORK }, { "career history", SECTION_WORK },
  { "career", SECTION_WORK }, { "professional background", SECTION_WORK },
  { "positions", SECTION_WORK }, { "internships", SECTION_WORK },
  { "internship", SECTION_WORK }, { "research experience", SECTION_WORK },
  { "teaching experience", SECTION_WORK }, { "industry experience", SECTION_WORK },
  { "berufserfahrung", SECTION_WORK }, { "erfahrung", SECTION_WORK },
  { "werdegang", SECTION_WORK }, { "berufspraxis", SECTION_WORK },
  { "praxiserfahrung", SECTION_WORK }, { "praktika", SECTION_WORK },
  { "beschaftigungsverlauf", SECTION_WORK },
  { "experience professionnelle", SECTION_WORK },
  { "experiences professionnelles", SECTION_WORK },
  { "parcours professionnel", SECTION_WORK }, { "parcours", SECTION_WORK },
  { "experiencia", SECTION_WORK }, { "experiencia laboral", SECTION_WORK },
  { "trayectoria profesional", SECTION_WORK }, { "trayectoria", SECTION_WORK },
  /* Education */
  { "education", SECTION_EDUCATION }, { "educational background", SECTION_EDUCATION },
  { "academic background", SECTION_EDUCATION }, { "academic history", SECTION_EDUCATION },
  { "studies", SECTION_EDUCATION }, { "ausbildung", SECTION_EDUCATION },
  { "bildung", SECTION_EDUCATION }, { "bildungsweg", SECTION_EDUCATION },
  { "schulbildung", SECTION_EDUCATION }, { "studium", SECTION_EDUCATION },
  { "hochschulbildung", SECTION_EDUCATION }, { "akademischer werdegang", SECTION_EDUCATION },
  { "formation", SECTION_EDUCATION }, { "formations", SECTION_EDUCATION },
  { "etudes", SECTION_EDUCATION }, { "parcours academique", SECTION_EDUCATION },
  { "educacion", SECTION_EDUCATION }, { "formacion", SECTION_EDUCATION },
  { "estudios", SECTION_EDUCATION },
  /* Skills */
  { "skills", SECTION_SKILLS }, { "skill", SECTION_SKILLS }, { "skillset", SECTION_SKILLS },
  { "skill set", SECTION_SKILLS }, { "competencies", SECTION_SKILLS },
  { "competences", SECTION_SKILLS }, { "competence", SECTION_SKILLS },
  { "expertise", SECTION_SKILLS }, { "areas of expertise", SECTION_SKILLS },
  { "technologies", SECTION_SKILLS }, { "tech stack", SECTION_SKILLS },
  { "tools", SECTION_SKILLS }, { "toolbox", SECTION_SKILLS },
  { "strengths", SECTION_SKILLS }, { "proficiencies", SECTION_SKILLS },
  { "abilities", SECTION_SKILLS }, { "hard skills", SECTION_SKILLS },
  { "soft skills", SECTION_SKILLS }, { "kenntnisse", SECTION_SKILLS },
  { "fachkenntnisse", SECTION_SKILLS }, { "it kenntnisse", SECTION_SKILLS },
  { "edv kenntnisse", SECTION_SKILLS }, { "fahigkeiten", SECTION_SKILLS },
  { "kompetenzen", SECTION_SKILLS }, { "fachkompetenzen", SECTION_SKILLS },
  { "qualifikationen", SECTION_SKILLS }, { "savoir faire", SECTION_SKILLS },
  { "habilidades", SECTION_SKILLS }, { "competencias", SECTION_SKILLS },
  { "conocimientos", SECTION_SKILLS }, { "aptitudes", SECTION_SKILLS },
  /* Projects */
  { "projects", SECTION_PROJECTS }, { "project", SECTION_PROJECTS },
  { "projekte", SECTION_PROJECTS }, { "projets", SECTION_PROJECTS },
  { "proyectos", SECTION_PROJECTS }, { "portfolio", SECTION_PROJECTS },
  { "open source", SECTION_PROJECTS },
  /* Certificates */
  { "certifications", SECTION_CERTIFICATES }, { "certification", SECTION_CERTIFICATES },
  { "certificates", SECTION_CERTIFICATES }, { "certificate", SECTION_CERTIFICATES },
  { "licenses", SECTION_CERTIFICATES }, { "licences", SECTION_CERTIFICATES },
  { "license", SECTION_CERTIFICATES }, { "licence", SECTION_CERTIFICATES },
  { "courses", SECTION_CERTIFICATES }, { "training", SECTION_CERTIFICATES },
  { "trainings", SECTION_CERTIFICATES }, { "zertifikate", SECTION_CERTIFICATES },
  { "zertifizierungen", SECTION_CERTIFICATES }, { "weiterbildung", SECTION_CERTIFICATES },
  { "weiterbildungen", SECTION_CERTIFICATES }, { "fortbildungen", SECTION_CERTIFICATES },
  { "kurse", SECTION_CERTIFICATES }, { "certificaciones", SECTION_CERTIFICATES },
  { "cursos", SECTION_CERTIFICATES },
  /* Languages */
  { "languages", SECTION_LANGUAGES }, { "language", SECTION_LANGUAGES },
  { "language skills", SECTION_LANGUAGES }, { "sprachen", SECTION_LANGUAGES },
  { "sprachkenntnisse", SECTION_LANGUAGES }, { "fremdsprachen", SECTION_LANGUAGES },
  { "langues", SECTION_LANGUAGES }, { "idiomas", SECTION_LANGUAGES },
  { "lenguas", SECTION_LANGUAGES },
  /* Awards */
  { "awards", SECTION_AWARDS }, { "award", SECTION_AWARDS }, { "honors", SECTION_AWARDS },
  { "honours", SECTION_AWARDS }, { "achievements", SECTION_AWARDS },
  { "accomplishments", SECTION_AWARDS }, { "scholarships", SECTION_AWARDS },
  { "auszeichnungen", SECTION_AWARDS }, { "preise", SECTION_AWARDS },
  { "erfolge", SECTION_AWARDS }, { "prix", SECTION_AWARDS },
  { "distinctions", SECTION_AWARDS }, { "recompenses", SECTION_AWARDS },
  { "premios", SECTION_AWARDS }, { "reconocimientos", SECTION_AWARDS },
  /* Volunteering */
  { "volunteering", SECTION_VOLUNTEER }, { "volunteer", SECTION_VOLUNTEER },
  { "volunteer experience", SECTION_VOLUNTEER }, { "volunteer work", SECTION_VOLUNTEER },
  { "community involvement", SECTION_VOLUNTEER }, { "community service", SECTION_VOLUNTEER },
  { "ehrenamt", SECTION_VOLUNTEER }, { "ehrenamtliches engagement", SECTION_VOLUNTEER },
  { "ehrenamtliche tatigkeiten", SECTION_VOLUNTEER }, { "engagement", SECTION_VOLUNTEER },
  { "benevolat", SECTION_VOLUNTEER }, { "voluntariado", SECTION_VOLUNTEER },
  /* Summary */
  { "summary", SECTION_SUMMARY }, { "profile", SECTION_SUMMARY },
  { "about", SECTION_SUMMARY }, { "about me", SECTION_SUMMARY },
  { "objective", SECTION_SUMMARY }, { "career objective", SECTION_SUMMARY },
  { "overview", SECTION_SUMMARY }, { "introduction", SECTION_SUMMARY },
  { "personal statement", SECTION_SUMMARY }, { "career summary", SECTION_SUMMARY },
  { "executive summary", SECTION_SUMMARY }, { "summary of qualifications", SECTION_SUMMARY },
  { "profil", SECTION_SUMMARY }, { "kurzprofil", SECTION_SUMMARY },
  { "zusammenfassung", SECTION_SUMMARY }, { "uber mich", SECTION_SUMMARY },
  { "a propos", SECTION_SUMMARY }, { "a propos de moi", SECTION_SUMMARY },
  { "perfil", SECTION_SUMMARY }, { "resumen", SECTION_SUMMARY },
  { "sobre mi", SECTION_SUMMARY }, { "objetivo", SECTION_SUMMARY },
  /* Contact */
  { "contact", SECTION_CONTACT }, { "contacts", SECTION_CONTACT },
  { "contact information", SECTION_CONTACT }, { "contact details", SECTION_CONTACT },
  { "personal information", SECTION_CONTACT }, { "personal details", SECTION_CONTACT },
  { "personal data", SECTION_CONTACT }, { "profiles", SECTION_CONTACT },
  { "links", SECTION_CONTACT }, { "kontakt", SECTION_CONTACT },
  { "kontaktdaten", SECTION_CONTACT }, { "personliche daten", SECTION_CONTACT },
  { "personliche angaben", SECTION_CONTACT }, { "coordonnees", SECTION_CONTACT },
  { "informations personnelles", SECTION_CONTACT }, { "contacto", SECTION_CONTACT },
  { "datos personales", SECTION_CONTACT },
  /* Interests */
  { "interests", SECTION_INTERESTS }, { "hobbies", SECTION_INTERESTS },
  { "interessen", SECTION_INTERESTS }, { "hobbys", SECTION_INTERESTS },
  { "freizeit", SECTION_INTERESTS }, { "loisirs", SECTION_INTERESTS },
  { "centres d interet", SECTION_INTERESTS }, { "centres d interets", SECTION_INTERESTS },
  { "intereses", SECTION_INTERESTS }, { "aficiones", SECTION_INTERESTS },
  /* Sections Vocation does not read, recognised so that they end the one before. */
  { "publications", SECTION_OTHER }, { "publikationen", SECTION_OTHER },
  { "veroffentlichungen", SECTION_OTHER }, { "publicaciones", SECTION_OTHER },
  { "papers", SECTION_OTHER }, { "references", SECTION_OTHER },
  { "referenzen", SECTION_OTHER }, { "referencias", SECTION_OTHER },
  { "patents", SECTION_OTHER }, { "talks", SECTION_OTHER },
  { "invited talks", SECTION_OTHER }, { "presentations", SECTION_OTHER },
  { "conferences", SECTION_OTHER }, { "memberships", SECTION_OTHER },
  { "affiliations", SECTION_OTHER }, { "activities", SECTION_OTHER },
  { "extracurricular activities", SECTION_OTHER }, { "leadership", SECTION_OTHER },
  { "additional information", SECTION_OTHER }, { "miscellaneous", SECTION_OTHER },
  { "misc", SECTION_OTHER }, { "sonstiges", SECTION_OTHER }, { "divers", SECTION_OTHER },
  { "other", SECTION_OTHER },
};

static const char * const heading_fillers[] = {
  "professional", "professionnelle", "professionnelles", "profesional", "berufliche",
  "beruflicher", "relevant", "selected", "key", "core", "my", "other", "additional", "recent",
  "technical", "techniques", "technique", "technische", "personal", "personliches",
  "academic", "and", "of", "the", "und", "et", "y", "de", "des", "la", "le", "les", "el", "in",
  "side", "main",
};

/* Words of job titles, folded. */
static const char * const title_words[] = {
  "engineer", "developer", "programmer", "manager", "director", "intern", "internship",
  "analyst", "scientist", "consultant", "lead", "head", "architect", "designer", "founder",
  "cofounder", "cto", "ceo", "cfo", "coo", "cio", "ciso", "cpo", "vp", "svp", "evp",
  "president", "officer", "specialist", "administrator", "coordinator", "assistant",
  "associate", "owner", "partner", "researcher", "fellow", "professor", "lecturer", "teacher",
  "tutor", "trainee", "apprentice", "technician", "executive", "representative", "advisor",
  "adviser", "strategist", "editor", "writer", "accountant", "auditor", "nurse", "physician",
  "principal", "chief", "supervisor", "operator", "agent", "clerk", "recruiter", "producer",
  "marketer", "maintainer", "mentor", "coach", "instructor", "trainer", "sde", "swe", "sre",
  "postdoc", "postdoctoral", "candidate", "freelancer", "contractor", "member", "chair",
  "secretary", "treasurer", "volunteer", "werkstudent", "werkstudentin", "praktikant",
  "praktikantin", "mitarbeiter", "mitarbeiterin", "inhaber", "inhaberin", "grunder",
  "grunderin", "geschaftsfuhrer", "geschaftsfuhrerin", "stagiaire", "alternant",
  "alternante", "developpeur", "developpeuse", "ingenieur", "ingenieure", "chef", "directeur",
  "directrice", "responsable", "charge", "chargee", "technicien", "technicienne", "gerant",
  "ingeniero", "ingeniera", "desarrollador", "desarrolladora", "gerente", "jefe", "jefa",
  "becario", "becaria", "practicante", "analista", "consultor", "consultora", "programador",
  "programadora", "disenador", "disenadora", "coordinador", "coordinadora", "tecnico",
};

/* German compounds end in a title: "Softwareentwickler", "Projektleiterin". */
static const char * const title_suffixes[] = {
  "entwickler", "entwicklerin", "leiter", "leiterin", "berater", "beraterin", "ingenieur",
  "ingenieurin", "manager", "managerin", "architekt", "architektin", "analyst", "analystin",
  "referent", "referentin", "mitarbeiter", "mitarbeiterin", "praktikant", "praktikantin",
  "assistent", "assistentin", "spezialist", "spezialistin", "designer", "fuhrer", "fuhrerin",
  "programmierer", "programmiererin", "engineer", "developer",
};

/* Words that mark an employer. */
static const char * const company_words[] = {
  "inc", "ltd", "llc", "llp", "lp", "gmbh", "mbh", "ag", "sa", "plc", "corp", "corporation",
  "company", "co", "group", "holding", "holdings", "labs", "lab", "technologies",
  "solutions", "systems", "software", "consulting", "partners", "associates", "bank",
  "university", "universitat", "institute", "ventures", "capital", "studio", "studios",
  "agency", "kg", "se", "bv", "nv", "srl", "sarl", "sas", "ab", "oy", "pty", "limited",
  "foundation", "stiftung", "ministry", "hospital", "gbr", "ug", "kgaa", "spa",
};

/* Legal forms that follow an employer's name after a comma: "ABC Company, Inc.". */
static const char * const legal_forms[] = {
  "inc", "ltd", "llc", "llp", "lp", "gmbh", "ag", "sa", "plc", "corp", "co", "bv", "nv", "srl",
  "sarl", "sas", "se", "kg", "pty ltd", "limited", "spa", "ab", "oy",
};

static const char * const countries[] = {
  "usa", "us", "u s", "u s a", "united states", "united states of america", "uk", "u k",
  "united kingdom", "england", "scotland", "wales", "ireland", "germany", "deutschland",
  "france", "spain", "espana", "italy", "italia", "portugal", "netherlands",
  "the netherlands", "nederland", "belgium", "belgique", "switzerland", "schweiz", "suisse",
  "austria", "osterreich", "poland", "polska", "sweden", "norway", "denmark", "finland",
  "czech republic", "czechia", "hungary", "romania", "greece", "turkey", "turkiye", "russia",
  "ukraine", "israel", "india", "china", "japan", "korea", "south korea", "singapore",
  "australia", "new zealand", "canada", "mexico", "brazil", "argentina", "chile", "colombia",
  "south africa", "nigeria", "kenya", "egypt", "uae", "united arab emirates", "luxembourg",
  "estonia", "latvia", "lithuania", "croatia", "serbia", "bulgaria", "slovakia", "slovenia",
  "iceland", "vietnam", "thailand", "indonesia", "malaysia", "philippines", "pakistan",
  "bangladesh", "sri lanka", "taiwan", "hong kong", "peru", "morocco", "remote", "hybrid",
  "worldwide",
};

typedef struct
{
  const char *name;
  const char *code;
} CountryCode;

static const CountryCode country_codes[] = {
  { "usa", "US" }, { "us", "US" }, { "u s", "US" }, { "u s a", "US" },
  { "united states", "US" }, { "united states of america", "US" }, { "uk", "GB" },
  { "u k", "GB" }, { "united kingdom", "GB" }, { "england", "GB" }, { "scotland", "GB" },
  { "wales", "GB" }, { "ireland", "IE" }, { "germany", "DE" }, { "deutschland", "DE" },
  { "france", "FR" }, { "spain", "ES" }, { "espana", "ES" }, { "italy", "IT" },
  { "italia", "IT" }, { "portugal", "PT" }, { "netherlands", "NL" },
  { "the netherlands", "NL" }, { "nederland", "NL" }, { "belgium", "BE" },
  { "switzerland", "CH" }, { "schweiz", "CH" }, { "suisse", "CH" }, { "austria", "AT" },
  { "osterreich", "AT" }, { "poland", "PL" }, { "sweden", "SE" }, { "norway", "NO" },
  { "denmark", "DK" }, { "finland", "FI" }, { "turkey", "TR" }, { "turkiye", "TR" },
  { "israel", "IL" }, { "india", "IN" }, { "china", "CN" }, { "japan", "JP" },
  { "singapore", "SG" }, { "australia", "AU" }, { "canada", "CA" }, { "mexico", "MX" },
  { "brazil", "BR" },
};

static const char * const cities[] = {
  "berlin", "munich", "munchen", "hamburg", "frankfurt", "cologne", "koln", "stuttgart",
  "dusseldorf", "leipzig", "dresden", "vienna", "wien", "zurich", "geneva", "geneve", "london",
  "manchester", "edinburgh", "dublin", "paris", "lyon", "marseille", "toulouse", "madrid",
  "barcelona", "valencia", "lisbon", "lisboa", "amsterdam", "rotterdam", "brussels",
  "copenhagen", "stockholm", "oslo", "helsinki", "warsaw", "prague", "budapest", "rome",
  "milan", "milano", "new york", "new york city", "nyc", "san francisco", "los angeles",
  "seattle", "boston", "chicago", "austin", "toronto", "vancouver", "montreal", "bangalore",
  "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "pune", "tokyo", "sydney",
  "melbourne", "tel aviv",
};

/* Degrees, folded, full stops removed. */
static const char * const degree_words[] = {
  "bachelor", "bachelors", "master", "masters", "mba", "phd", "dphil", "doctor", "doctorate",
  "bsc", "msc", "beng", "meng", "btech", "mtech", "bba", "llb", "llm", "bfa", "mfa", "mph",
  "mphil", "edd", "associate", "diploma", "diplom", "dipl", "abitur", "matura", "licence",
  "licenciatura", "licenciado", "grado", "maestria", "magister", "doktor", "promotion",
  "staatsexamen", "gcse", "baccalaureat", "bac", "bts", "dut", "doctorat", "fachabitur",
  "ausbildung", "certificate", "high",
};

/* Degrees of two letters are also state codes ("Cambridge, MA"): they only count at the
 * start of a part with more words, or of a line. */
static const char * const short_degrees[] = { "bs", "ba", "ms", "ma", "md", "jd", "be", "me" };

static const char * const institution_words[] = {
  "university", "universitat", "universite", "universidad", "universita", "universiteit",
  "college", "institute", "institut", "instituto", "school", "hochschule", "fachhochschule",
  "academy", "akademie", "ecole", "polytechnic", "politecnico", "polytechnique", "gymnasium",
  "lycee", "conservatory", "seminary", "campus", "escuela", "berufsschule", "realschule",
  "gesamtschule", "iit", "mit", "caltech", "eth", "epfl", "ucla", "nyu", "cmu", "kit", "tum",
  "lmu", "rwth", "ucl", "lse", "ucsd", "uc", "usc",
};

typedef struct
{
  const char *host;     /* a host or host suffix */
  const char *network;
  const char *prefix;   /* the path before the user name */
} Network;

static const Network networks[] = {
  { "linkedin.com", "LinkedIn", "/in/" }, { "github.com", "GitHub", "/" },
  { "gitlab.com", "GitLab", "/" }, { "bitbucket.org", "Bitbucket", "/" },
  { "twitter.com", "Twitter", "/" }, { "x.com", "X", "/" },
  { "stackoverflow.com", "Stack Overflow", "/users/" }, { "medium.com", "Medium", "/@" },
  { "dev.to", "DEV", "/" }, { "behance.net", "Behance", "/" },
  { "dribbble.com", "Dribbble", "/" }, { "xing.com", "XING", "/profile/" },
  { "kaggle.com", "Kaggle", "/" }, { "orcid.org", "ORCID", "/" },
  { "researchgate.net", "ResearchGate", "/profile/" }, { "instagram.com", "Instagram", "/" },
  { "facebook.com", "Facebook", "/" }, { "youtube.com", "YouTube", "/" },
  { "codepen.io", "CodePen", "/" }, { "leetcode.com", "LeetCode", "/" },
  { "huggingface.co", "Hugging Face", "/" }, { "scholar.google.com", "Google Scholar", NULL },
};

/* How a network's name is written next to a handle ("johndoe" / "LinkedIn"). */
typedef struct
{
  const char *folded;
  const char *network;
  const char *host;      /* with the path before the user name */
} NetworkName;

static const NetworkName network_names[] = {
  { "linkedin", "LinkedIn", "linkedin.com/in/" }, { "github", "GitHub", "github.com/" },
  { "gitlab", "GitLab", "gitlab.com/" }, { "twitter", "Twitter", "twitter.com/" },
  { "xing", "XING", "xing.com/profile/" }, { "kaggle", "Kaggle", "kaggle.com/" },
  { "medium", "Medium", "medium.com/@" }, { "behance", "Behance", "behance.net/" },
  { "dribbble", "Dribbble", "dribbble.com/" }, { "instagram", "Instagram", "instagram.com/" },
  { "stackoverflow", "Stack Overflow", NULL }, { "stack overflow", "Stack Overflow", NULL },
  { "mastodon", "Mastodon", NULL }, { "bluesky", "Bluesky", NULL },
};

static const char * const spoken_languages[] = {
  "english", "german", "french", "spanish", "italian", "portuguese", "dutch", "russian",
  "chinese", "mandarin", "cantonese", "japanese", "korean", "arabic", "hindi", "turkish",
  "polish", "swedish", "norwegian", "danish", "finnish", "greek", "czech", "hungarian",
  "romanian", "ukrainian", "hebrew", "persian", "farsi", "urdu", "bengali", "punjabi",
  "tamil", "telugu", "vietnamese", "thai", "indonesian", "malay", "swahili", "catalan",
  "croatian", "serbian", "bulgarian", "slovak", "slovenian", "lithuanian", "latvian",
  "estonian", "icelandic", "irish", "welsh", "afrikaans", "tagalog", "filipino", "englisch",
  "deutsch", "franzosisch", "spanisch", "italienisch", "portugiesisch", "niederlandisch",
  "russisch", "chinesisch", "japanisch", "koreanisch", "arabisch", "turkisch", "polnisch",
  "schwedisch", "anglais", "allemand", "francais", "espagnol", "italien", "portugais",
  "neerlandais", "russe", "chinois", "japonais", "arabe", "turc", "ingles", "aleman",
  "frances", "espanol", "italiano", "portugues", "ruso", "chino", "japones",
};

static const char * const fluency_words[] = {
  "native", "mother", "bilingual", "fluent", "proficient", "professional", "working",
  "advanced", "intermediate", "basic", "basics", "beginner", "conversational", "elementary",
  "a1", "a2", "b1", "b2", "c1", "c2", "muttersprache", "fliessend", "verhandlungssicher",
  "gut", "sehr", "grundkenntnisse", "maternelle", "courant", "bilingue", "notions", "nativo",
  "nativa", "materna", "fluido", "basico", "avanzado", "intermedio", "full", "limited",
};

static const char * const level_words[] = {
  "expert", "advanced", "intermediate", "beginner", "basic", "proficient", "novice",
  "master", "experte", "fortgeschritten", "grundkenntnisse", "avance", "intermediaire",
  "debutant", "avanzado", "intermedio", "basico",
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         guint               n)
{
  if (word == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;

  return FALSE;
}

#define IN_LIST(word, list) in_list ((word), (list), G_N_ELEMENTS (list))

/* Text helpers --------------------------------------------------------------------------------- */

static void
line_free (Line *line)
{
  g_free (line->text);
  g_free (line);
}

static Line *
line_new (const char *text,
          guint       number,
          gboolean    bullet,
          gboolean    blank_before)
{
  Line *line = g_new0 (Line, 1);

  line->text = g_strdup (text);
  line->number = number;
  line->bullet = bullet;
  line->blank_before = blank_before;
  return line;
}

static void
section_free (Section *section)
{
  g_ptr_array_unref (section->lines);
  g_free (section);
}

static guint
count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == ' ' || *p == '\t')
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          words++;
        }
    }

  return words;
}

static guint
count_char (const char *text,
            char        c)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (*p == c)
      n++;

  return n;
}

static gboolean
first_is_lower (const char *text)
{
  return *text != '\0' && g_unichar_islower (g_utf8_get_char (text));
}

static gboolean
first_is_upper (const char *text)
{
  return *text != '\0' && g_unichar_isupper (g_utf8_get_char (text));
}

static gunichar
last_char (const char *text)
{
  gsize len = strlen (text);

  if (len == 0)
    return 0;

  return g_utf8_get_char (g_utf8_find_prev_char (text, text + len));
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;

  return FALSE;
}

/* The folded words of @text, split at anything that is not a letter or a digit. */
static GPtrArray *
folded_words (const char *text)
{
  g_autofree char *folded = voc_text_fold (text);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;
      gboolean word_char = c != 0 && g_unichar_isalnum (c);

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      if (c == 0)
        break;
    }

  return words;
}

/* @text folded, its words joined by single spaces: "Über mich:" → "uber mich". */
static char *
folded_key (const char *text)
{
  g_autoptr(GPtrArray) words = folded_words (text);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (words, i));
    }

  return g_string_free (key, FALSE);
}

static gboolean
is_separator_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xa0 || c == ',' || c == ';' || c == ':' || c == '|' ||
         c == 0xb7 || c == 0x2022 || c == 0x25e6 || c == '-' || c == 0x2013 || c == 0x2014 ||
         c == '/' || c == '*' || c == '~';
}

/* Trims spaces, separators and brackets left dangling at either end, removes brackets left
 * empty, and collapses spaces: "Title — Company ( )" → "Title — Company". Linear in the
 * length of @text, which may be a whole paragraph of junk. */
static char *
clean_fragment (const char *text)
{
  GString *s = g_string_sized_new (strlen (text));
  int round_open = 0, round_close = 0, square_open = 0, square_close = 0;
  const char *start;
  const char *end;
  gboolean changed = TRUE;
  g_autofree char *trimmed = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(' || *p == '[')
        {
          const char *q = p + 1;

          while (*q == ' ')
            q++;
          if (*q == (*p == '(' ? ')' : ']'))
            {
              p = q;
              continue;
            }
        }
      round_open += *p == '(';
      round_close += *p == ')';
      square_open += *p == '[';
      square_close += *p == ']';
      g_string_append_c (s, *p);
    }

  start = s->str;
  end = s->str + s->len;
  while (changed)
    {
      changed = FALSE;

      while (start < end)
        {
          gunichar c = g_utf8_get_char (start);
          gboolean dangling = c == ')' || c == ']' ||
                              (c == '(' && round_open > round_close) ||
                              (c == '[' && square_open > square_close);

          if (!is_separator_char (c) && !dangling)
            break;
          round_open -= c == '(';
          round_close -= c == ')';
          square_open -= c == '[';
          square_close -= c == ']';
          start = g_utf8_next_char (start);
          changed = TRUE;
        }

      while (end > start)
        {
          const char *last = g_utf8_find_prev_char (start, end);
          gunichar c;
          gboolean dangling;

          if (last == NULL)
            last = start;
          c = g_utf8_get_char (last);
          dangling = c == '(' || c == '[' ||
                     (c == ')' && round_close > round_open) ||
                     (c == ']' && square_close > square_open);
          if (!is_separator_char (c) && !dangling)
            break;
          round_open -= c == '(';
          round_close -= c == ')';
          square_open -= c == '[';
          square_close -= c == ']';
          end = last;
          changed = TRUE;
        }
    }

  trimmed = g_strndup (start, end - start);
  g_string_free (s, TRUE);
  return voc_text_normalize_whitespace (trimmed);
}

static char *
clean_fragment_n (const char *text,
                  gsize       len)
{
  g_autofree char *piece = g_strndup (text, len);

  return clean_fragment (piece);
}

/* "JOHN DOE" → "John Doe"; text in mixed case is left as it is. */
static char *
title_case_if_upper (const char *text)
{
  gboolean lower = FALSE;
  GString *out;
  gboolean start = TRUE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      lower = TRUE;
  if (lower)
    return g_strdup (text);

  out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : g_unichar_tolower (c));
      start = c == ' ' || c == '-' || c == '\'' || c == 0x2019;
    }

  return g_string_free (out, FALSE);
}

static void
set_string (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, member, value);
}

static char *
join_strings (GPtrArray  *strings,
              const char *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = g_ptr_array_index (strings, i);

      if (s == NULL || *s == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, s);
    }

  return g_string_free (out, FALSE);
}

static JsonArray *
array_from_strings (GPtrArray *strings)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < strings->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (strings, i));

  return array;
}

/* Words ---------------------------------------------------------------------------------------- */

static int
title_score (const char *text)
{
  g_autoptr(GPtrArray) words = folded_words (text);
  int score = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gsize len = strlen (word);

      if (IN_LIST (word, title_words))
        {
          score++;
          continue;
        }
      for (guint s = 0; s < G_N_ELEMENTS (title_suffixes); s++)
        {
          gsize slen = strlen (title_suffixes[s]);

          if (len > slen + 2 && g_str_has_suffix (word, title_suffixes[s]))
            {
              score++;
              break;
            }
        }
    }

  return score;
}

static int
company_score (const char *text)
{
  g_autoptr(GPtrArray) words = folded_words (text);
  int score = 0;

  for (guint i = 0; i < words->len; i++)
    if (IN_LIST (g_ptr_array_index (words, i), company_words))
      score++;

  return score;
}

static gboolean
is_legal_form (const char *text)
{
  g_autofree char *key = folded_key (text);

  return IN_LIST (key, legal_forms);
}

static gboolean
is_region_code (const char *text)
{
  /* "CA", "NJ", "UK" */
  return strlen (text) == 2 && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]);
}

/* Whether @text names a place: "San Francisco, CA", "Istanbul, Türkiye", "Berlin", "Remote",
 * "10115 Berlin". Unknown cities only count next to a state or country. */
static gboolean looks_like_street (const char *text);

/* Whether @text names a place: "San Francisco, CA", "Istanbul, Türkiye", "Berlin", "Remote",
 * "Musterstraße 1, 10115 Berlin". An unknown name counts as a city only right before a
 * known state or country; @loose allows two ("Google HQ, Mountain View, CA") where nothing
 * else could be meant, in a résumé's header. */
static gboolean
looks_like_place (const char *text,
                  gboolean    loose)
{
  static const char * const particles[] = {
    "am", "an", "der", "de", "la", "del", "upon", "on", "sur", "im", "bei", "en", "di",
  };
  g_auto(GStrv) parts = NULL;
  gboolean last_known = FALSE;
  gboolean last_unknown = FALSE;
  guint n = 0;
  guint unknown = 0;

  if (text == NULL || *text == '\0' || strlen (text) > 70 || strchr (text, '@') != NULL ||
      count_words (text) > 7 || title_score (text) > 0 || company_score (text) > 0)
    return FALSE;

  parts = g_strsplit_set (text, ",|/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      g_autofree char *key = NULL;

      if (*part == '\0')
        continue;
      n++;

      /* "Musterstraße 1, 10115 Berlin" */
      if (n == 1 && looks_like_street (part))
        continue;

      key = folded_key (part);
      /* A state or country code follows the city: "BS, Boğaziçi University" is a degree. */
      if ((is_region_code (part) && n > 1) || IN_LIST (key, countries))
        {
          last_known = TRUE;
          last_unknown = FALSE;
          continue;
        }
      if (IN_LIST (key, cities))
        {
          /* "Wayne Enterprises, Austin, TX": a name before a city is not a place. */
          if (last_unknown && !loose)
            return FALSE;
          last_known = TRUE;
          last_unknown = FALSE;
          continue;
        }

      last_known = FALSE;
      last_unknown = TRUE;
      /* "10115 Berlin" */
      if (g_ascii_isdigit (part[0]))
        {
          const char *p = part;

          while (g_ascii_isdigit (*p))
            p++;
          if (p - part >= 4 && p - part <= 5 && *p == ' ' && first_is_upper (p + 1))
            {
              last_known = TRUE;
              continue;
            }
          return FALSE;
        }

      /* An unknown name counts as a city next to a known state or country: capitalised
       * words ("Mountain View", "Frankfurt am Main"), not a phrase. */
      if (++unknown > (loose ? 2u : 1u) || count_words (part) > 3)
        return FALSE;
      {
        g_auto(GStrv) words = g_strsplit (part, " ", -1);

        for (guint w = 0; words[w] != NULL; w++)
          if (*words[w] != '\0' && !first_is_upper (words[w]) && !IN_LIST (words[w], particles))
            return FALSE;
      }
    }

  return last_known && n <= 4;
}

static gboolean
looks_like_location (const char *text)
{
  return looks_like_place (text, FALSE);
}

/* "123 Main St": a street address, which starts with its number in most of the world that
 * writes résumés in English. */
static gboolean
looks_like_street (const char *text)
{
  const char *p = text;

  while (g_ascii_isdigit (*p))
    p++;

  static const char * const street_endings[] = {
    "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee",
    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "blvd",
  };
  g_auto(GStrv) words = NULL;
  guint n;

  if (p > text && p - text <= 5 && *p == ' ' && first_is_upper (p + 1) && count_words (text) <= 6)
    return TRUE;

  /* "Musterstraße 12", "Hauptstr. 5a": the number after the street. */
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > 5 || !g_ascii_isdigit (words[n - 1][0]) || strlen (words[n - 1]) > 5)
    return FALSE;
  {
    g_autofree char *folded = voc_text_fold (words[n - 2]);
    gsize len = strlen (folded);

    if (len > 0 && folded[len - 1] == '.')
      folded[--len] = '\0';
    for (guint i = 0; i < G_N_ELEMENTS (street_endings); i++)
      if (g_str_has_suffix (folded, street_endings[i]))
        return TRUE;
  }

  return FALSE;
}

static gboolean
is_spoken_language (const char *text)
{
  g_autofree char *key = folded_key (text);

  return IN_LIST (key, spoken_languages);
}

static gboolean
looks_like_url (const char *token)
{
  static GRegex *bare;
  static gsize initialized;
  g_autofree char *lower = NULL;

  if (g_once_init_enter (&initialized))
    {
      /* Compiled without G_REGEX_OPTIMIZE: see voc-jd-parser.c. */
      bare = g_regex_new ("^[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(com|org|net|io|dev|me|de|fr|es|"
                          "it|nl|ch|at|uk|co|ai|app|xyz|info|eu|us|ca|in|tech|page|site|blog|"
                          "online|pro|to|so|sh|cc|ly|be|se|dk|no|fi|pl|cz|pt|ie)(/\\S*)?$",
                          0, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  /* Longer is not an address anyone types on a résumé, and the regular expression would
   * spend quadratic time failing on it. */
  if (strlen (token) > 256 || (strchr (token, '@') != NULL && strchr (token, '/') == NULL))
    return FALSE;
  lower = g_ascii_strdown (token, -1);
  if (g_str_has_prefix (lower, "http://") || g_str_has_prefix (lower, "https://") ||
      g_str_has_prefix (lower, "www."))
    return TRUE;

  return g_regex_match (bare, lower, 0, NULL);
}

static char *
normalize_url (const char *url)
{
  g_autofree char *lower = g_ascii_strdown (url, -1);

  if (g_str_has_prefix (lower, "http://") || g_str_has_prefix (lower, "https://"))
    return g_strdup (url);

  return g_strconcat ("https://", url, NULL);
}

/* A line that is nothing but a web address. */
static char *
line_url (const char *text)
{
  g_autofree char *token = g_strstrip (g_strdup (text));

  if (*token == '\0' || strchr (token, ' ') != NULL || !looks_like_url (token))
    return NULL;

  return normalize_url (token);
}

/* Lines ---------------------------------------------------------------------------------------- */

static gboolean
is_page_artifact (const char *text)
{
  static GRegex *number, *footer;
  static gsize initialized;
  g_autofree char *folded = NULL;

  if (g_once_init_enter (&initialized))
    {
      number = g_regex_new ("^(?:page|seite|p\\.|pagina|página)?\\s*\\d{1,3}"
                            "(?:\\s*(?:/|of|von|de|sur)\\s*\\d{1,3})?$|^[-–—]\\s*\\d{1,3}\\s*[-–—]$",
                            G_REGEX_CASELESS, 0, NULL);
      footer = g_regex_new ("^.{1,60}?\\s[-–—|·•]\\s*(?:(?:page|seite)\\s*)?\\d{1,3}\\s*"
                            "(?:/|of|von)\\s*\\d{1,3}$",
                            G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  if (strlen (text) > 90)
    return FALSE;
  if (g_regex_match (number, text, 0, NULL) || g_regex_match (footer, text, 0, NULL))
    return TRUE;

  /* "Last updated in Mar 2026" is about the document, not the person. */
  folded = voc_text_fold (text);
  return g_str_has_prefix (folded, "last updated") || g_str_has_prefix (folded, "updated on") ||
         g_str_has_prefix (folded, "zuletzt aktualisiert") ||
         g_str_has_prefix (folded, "mis a jour") || g_str_has_prefix (folded, "actualizado");
}

/* Strips a bullet glyph; returns whether there was one. */
static gboolean
strip_bullet (char **text)
{
  static const gunichar glyphs[] = {
    '-', '*', '+', 0x2022, 0x25e6, 0x25aa, 0x25ab, 0x2023, 0x2013, 0x2014, 0x25cf, 0x25cb,
    0x25a0, 0x25a1, 0x25ba, 0x27a2, 0x2713, 0x2714, 0xb7, 0xf0b7, 0x2043, 0x25b8, 0x25b6,
    0x2219, 0x2192, 0xf0a7, 0xf076, 0xf0d8,
  };
  const char *p = *text;
  gunichar c = g_utf8_get_char (p);
  const char *after = g_utf8_next_char (p);
  gboolean glyph = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (glyphs); i++)
    if (c == glyphs[i])
      glyph = TRUE;
  if (!glyph)
    return FALSE;

  /* ASCII markers need a space after them ("-5%" is not a list item); the round bullet may
   * touch its text. */
  if (*after != ' ' && (c < 0x80 || c == 0x2013 || c == 0x2014 || c == 0x2192))
    return FALSE;
  while (*after == ' ')
    after++;
  if (*after == '\0')
    return FALSE;

  {
    char *rest = g_strdup (after);

    g_free (*text);
    *text = rest;
  }
  return TRUE;
}

static GPtrArray *
split_lines (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_auto(GStrv) raw = g_strsplit (text, "\n", -1);
  gboolean blank = FALSE;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      char *clean = voc_text_normalize_whitespace (raw[i]);
      gboolean bullet;

      if (*clean == '\0')
        {
          blank = TRUE;
          g_free (clean);
          continue;
        }
      if (is_page_artifact (clean))
        {
          g_free (clean);
          continue;
        }

      bullet = strip_bullet (&clean);
      g_ptr_array_add (lines, line_new (clean, i + 1, bullet, blank));
      blank = FALSE;
      g_free (clean);
    }

  return lines;
}

/* Headings ------------------------------------------------------------------------------------- */

static gboolean
lookup_heading (const char  *key,
                SectionKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (heading_phrases); i++)
    if (g_str_equal (key, heading_phrases[i].phrase))
      {
        *kind = heading_phrases[i].kind;
        return TRUE;
      }

  return FALSE;
}

/* Whether @text, alone, names a section: "WORK EXPERIENCE", "Berufserfahrung:", "## Skills",
 * "Licenses & Certifications" (the first part names the kind). */
static gboolean
classify_heading (const char  *text,
                  SectionKind *kind)
{
  g_autoptr(GString) plain = g_string_new (text);
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *key = NULL;
  guint i;

  /* Markdown and decoration around the heading. */
  while (plain->len > 0 && strchr ("#*_=> ", plain->str[0]) != NULL)
    g_string_erase (plain, 0, 1);
  while (plain->len > 0 && strchr ("*_=: ", plain->str[plain->len - 1]) != NULL)
    g_string_truncate (plain, plain->len - 1);

  if (plain->len < 3 || plain->len > 60 || has_digit (plain->str) ||
      strchr (plain->str, '@') != NULL || strchr (plain->str, '.') != NULL ||
      count_char (plain->str, ',') > 1 || strchr (plain->str, '(') != NULL)
    return FALSE;

  /* Headings start with a capital; "language" alone is a word a PDF put on its own line. */
  if (g_unichar_isalpha (g_utf8_get_char (plain->str)) && !first_is_upper (plain->str))
    return FALSE;

  words = folded_words (plain->str);
  if (words->len == 0 || words->len > 6)
    return FALSE;

  key = folded_key (plain->str);
  if (lookup_heading (key, kind))
    return TRUE;

  kept = g_ptr_array_new ();
  for (i = 0; i < words->len; i++)
    if (!IN_LIST (g_ptr_array_index (words, i), heading_fillers))
      g_ptr_array_add (kept, g_ptr_array_index (words, i));
  if (kept->len == 0)
    return FALSE;

  /* Every remaining word must belong to a known heading, longest phrase first; the first
   * phrase names the kind. */
  {
    gboolean first = TRUE;

    for (i = 0; i < kept->len;)
      {
        gboolean matched = FALSE;

        for (guint n = MIN (3, kept->len - i); n > 0 && !matched; n--)
          {
            GString *phrase = g_string_new (NULL);
            SectionKind found;

            for (guint j = 0; j < n; j++)
              {
                if (j > 0)
                  g_string_append_c (phrase, ' ');
                g_string_append (phrase, g_ptr_array_index (kept, i + j));
              }
            if (lookup_heading (phrase->str, &found))
              {
                if (first)
                  *kind = found;
                first = FALSE;
                matched = TRUE;
                i += n;
              }
            g_string_free (phrase, TRUE);
          }
        if (!matched)
          return FALSE;
      }
  }

  return TRUE;
}

/* A line can only be a heading if the line before does not run on into it ("… 5 years of" /
 * "Experience"). */
static gboolean
runs_on (const Line *prev,
         const Line *line)
{
  static const char * const connectives[] = {
    "of", "in", "and", "the", "with", "for", "to", "a", "an", "as", "at", "by", "on", "or",
    "und", "mit", "der", "die", "das", "von", "et", "de", "en", "y", "con",
  };
  const char *space;

  if (prev == NULL || line->blank_before)
    return FALSE;
  if (last_char (prev->text) == ',')
    return TRUE;

  space = strrchr (prev->text, ' ');
  return IN_LIST (space != NULL ? space + 1 : prev->text, connectives);
}

/* Sections whose own lines may start with "Label: …" (entries, labelled lists), where such
 * a line is content, not the start of another section. */
static gboolean
labels_are_content (SectionKind kind)
{
  return kind == SECTION_WORK || kind == SECTION_EDUCATION || kind == SECTION_PROJECTS ||
         kind == SECTION_VOLUNTEER || kind == SECTION_SKILLS || kind == SECTION_LANGUAGES ||
         kind == SECTION_CERTIFICATES || kind == SECTION_AWARDS;
}

/* "Key achievements:", "Projects:", "Technologies:" inside a job introduce that job's own
 * bullets; a section heading is rarely written in mixed case with a colon. */
static gboolean
is_entry_subheading (SectionKind  current,
                     SectionKind  kind,
                     const char  *text)
{
  gboolean lower = FALSE;

  if (current != SECTION_WORK && current != SECTION_VOLUNTEER && current != SECTION_PROJECTS)
    return FALSE;
  if (kind != SECTION_AWARDS && kind != SECTION_PROJECTS && kind != SECTION_SKILLS)
    return FALSE;
  if (!g_str_has_suffix (text, ":"))
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      lower = TRUE;

  return lower;
}

static Section *
section_new (SectionKind kind)
{
  Section *section = g_new0 (Section, 1);

  section->kind = kind;
  section->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  return section;
}

static GPtrArray *
split_sections (GPtrArray *lines,
                guint     *n_recognised)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  Section *current = section_new (SECTION_HEADER);
  const Line *prev = NULL;

  g_ptr_array_add (sections, current);
  *n_recognised = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      SectionKind kind;

      if (!line->bullet && !runs_on (prev, line) && classify_heading (line->text, &kind) &&
          !is_entry_subheading (current->kind, kind, line->text))
        {
          current = section_new (kind);
          g_ptr_array_add (sections, current);
          (*n_recognised)++;
          prev = line;
          continue;
        }

      /* "Skills: Python, Go" opens a section with its first line, but not inside a section
       * whose lines are labelled lists themselves ("Languages: Python, C++" under Skills). */
      if (!line->bullet && !labels_are_content (current->kind))
        {
          const char *colon = strchr (line->text, ':');

          if (colon != NULL && colon - line->text <= 40 && colon[1] == ' ' && colon[2] != '\0')
            {
              g_autofree char *name = g_strndup (line->text, colon - line->text);

              if (classify_heading (name, &kind))
                {
                  current = section_new (kind);
                  g_ptr_array_add (sections, current);
                  (*n_recognised)++;
                  g_ptr_array_add (current->lines,
                                   line_new (colon + 2, line->number, FALSE, FALSE));
                  prev = line;
                  continue;
                }
            }
        }

      g_ptr_array_add (current->lines,
                       line_new (line->text, line->number, line->bullet, line->blank_before));
      prev = line;
    }

  return sections;
}

/* Logical lines -------------------------------------------------------------------------------- */

static gboolean
is_label_line (const char *text)
{
  const char *colon = strchr (text, ':');

  return colon != NULL && colon - text <= 40 && colon > text && colon[1] == ' ' &&
         count_words (text) > 1 && count_char (text, ' ') - count_char (colon, ' ') < 4;
}

/* Whether the whole line is a date: "May 2019 – Aug 2019". */
static gboolean
is_date_only (const char *text)
{
  VocDateRange range;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!voc_resume_date_range_find (text, &range))
    return FALSE;

  before = g_strndup (text, range.match_start);
  after = clean_fragment (text + range.match_end);
  g_strstrip (before);
  return *before == '\0' && *after == '\0';
}

/* The logical line being built from physical ones; what continues() asks of it is kept up
 * to date as it grows, so that joining a long run of lines costs linear time. */
typedef struct
{
  Line     *line;
  GString  *text;
  gboolean  date_only;
  int       brackets;   /* '(' not yet closed */
  guint     commas;
} Logical;

static void
logical_count (Logical    *logical,
               const char *text)
{
  for (const char *p = text; *p; p++)
    {
      logical->brackets += *p == '(';
      logical->brackets -= *p == ')';
      logical->commas += *p == ',';
    }
}

static gboolean
continues (const Logical *prev,
           const Line    *line,
           SectionKind    kind)
{
  g_autofree char *url = NULL;
  gunichar last;

  if (line->bullet || line->blank_before || prev->date_only)
    return FALSE;
  url = line_url (line->text);
  if (url != NULL || (strchr (line->text, '@') != NULL && strchr (line->text, ' ') == NULL))
    return FALSE;

  if (first_is_lower (line->text))
    return TRUE;

  last = last_char (prev->text->str);
  if (last == ',' || last == '&' || prev->brackets > 0)
    return TRUE;

  /* A list of skills wrapped at the page's edge ("…, Deep Learning, Natural" / "Language
   * Processing"): long lines that do not end a sentence or a label run on. */
  if (kind == SECTION_SKILLS && !is_label_line (line->text) && prev->text->len >= 60 &&
      prev->commas >= 2 && last != '.' && last != ':')
    return TRUE;

  return FALSE;
}

static void
logical_finish (Logical *logical)
{
  if (logical->line == NULL)
    return;

  g_free (logical->line->text);
  logical->line->text = g_string_free (logical->text, FALSE);
  logical->line = NULL;
  logical->text = NULL;
}

static GPtrArray *
join_continuations (GPtrArray   *lines,
                    SectionKind  kind)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  Logical logical = { 0 };

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);

      if (logical.line != NULL && continues (&logical, line, kind))
        {
          GString *text = logical.text;
          const char *space = strrchr (text->str, ' ');
          const char *last_word = space != NULL ? space + 1 : text->str;

          /* "Devel-" / "oping": a word hyphenated at the end of a line; but not
           * "low-resource" / "language", a hyphenated word whole on its line. */
          if (text->len >= 2 && text->str[text->len - 1] == '-' &&
              g_ascii_isalpha (text->str[text->len - 2]) && first_is_lower (line->text) &&
              strchr (last_word, '-') == text->str + text->len - 1)
            g_string_truncate (text, text->len - 1);
          else
            g_string_append_c (text, ' ');
          g_string_append (text, line->text);
          logical_count (&logical, line->text);
          continue;
        }

      logical_finish (&logical);
      logical.line = line_new (line->text, line->number, line->bullet, line->blank_before);
      logical.text = g_string_new (line->text);
      logical.date_only = is_date_only (line->text);
      logical.brackets = 0;
      logical.commas = 0;
      logical_count (&logical, line->text);
      g_ptr_array_add (out, logical.line);
    }
  logical_finish (&logical);

  return out;
}

/* Dates in lines ------------------------------------------------------------------------------- */

typedef enum
{
  DATE_NONE,
  DATE_ONLY,     /* the line is the date, perhaps with a place */
  DATE_LEAD,     /* "2017 – 2019 Engineer, Acme" */
  DATE_TAIL,     /* "Engineer, Acme, June 2018 – Present" */
  DATE_INSIDE,
} DateAt;

typedef struct
{
  VocDateRange  range;
  DateAt        at;
  gboolean      open_dash;   /* "2017 – Product Manager": a dash and no second date */
  gboolean      is_range;    /* an end, "present" or a rejected end */
  gboolean      in_brackets;
  char         *rest;        /* the line without its date */
  char         *place;       /* a place standing next to the date alone */
  guint         rest_words;
} LineDate;

static void
line_date_clear (LineDate *ld)
{
  g_clear_pointer (&ld->rest, g_free);
  g_clear_pointer (&ld->place, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LineDate, line_date_clear)

static const char * const duration_units[] = {
  "y", "yr", "yrs", "year", "years", "m", "mo", "mos", "mon", "mons", "month", "months", "j",
  "jahr", "jahre", "jahren", "monat", "monate", "monaten", "an", "ans", "annee", "annees",
  "mois", "ano", "anos", "mes", "meses", "wk", "wks", "week", "weeks",
};

/* The length of a duration at the start of @text: " · 2 yrs 3 mos", " (1 year)", " 2 years
 * 10 months" — résumé templates print it after the dates. */
static gsize
duration_length (const char *text)
{
  const char *p = text;
  const char *end = text;
  gboolean bracket = FALSE;
  guint found = 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(')
        bracket = TRUE;
      else if (!(c == ' ' || c == ',' || c == '|' || c == 0xb7 || c == 0x2022 || c == '-' ||
                 c == 0x2013 || c == 0x2014))
        break;
      p = g_utf8_next_char (p);
    }

  for (;;)
    {
      const char *word;
      g_autofree char *folded = NULL;

      while (*p == ' ')
        p++;
      if (!g_ascii_isdigit (*p))
        break;
      while (g_ascii_isdigit (*p) || ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1])))
        p++;
      while (*p == ' ')
        p++;
      word = p;
      while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)) && p - word < 12)
        p = g_utf8_next_char (p);
      if (p == word)
        break;
      {
        g_autofree char *raw = g_strndup (word, p - word);

        folded = voc_text_fold (raw);
      }
      if (!IN_LIST (folded, duration_units))
        break;
      if (*p == '.')
        p++;
      found++;
      end = p;

      while (*p == ' ' || *p == ',')
        p++;
      if (g_str_has_prefix (p, "and ") || g_str_has_prefix (p, "und ") ||
          g_str_has_prefix (p, "et ") || g_str_has_prefix (p, "y "))
        p = strchr (p, ' ') + 1;
    }

  if (found == 0)
    return 0;

  if (bracket)
    {
      p = end;
      while (*p == ' ')
        p++;
      if (*p == ')')
        end = p + 1;
    }

  return end - text;
}

static gboolean
is_dash_at (const char  *text,
            const char **after)
{
  gunichar c = g_utf8_get_char (text);

  if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212)
    {
      *after = g_utf8_next_char (text);
      return TRUE;
    }

  return FALSE;
}

static void
analyse_date (const char *text,
              LineDate   *ld)
{
  const char *after;
  const char *p;
  g_autofree char *before = NULL;
  g_autofree char *before_clean = NULL;
  g_autofree char *after_clean = NULL;

  memset (ld, 0, sizeof *ld);
  if (!voc_resume_date_range_find (text, &ld->range))
    {
      ld->at = DATE_NONE;
      ld->rest = g_strdup (text);
      ld->rest_words = count_words (text);
      return;
    }

  ld->is_range = ld->range.end[0] != '\0' || ld->range.current || ld->range.end_rejected;
  after = text + ld->range.match_end;

  p = after;
  while (*p == ' ')
    p++;
  if (!ld->is_range && is_dash_at (p, &p))
    {
      ld->open_dash = TRUE;
      after = p;
    }
  after += duration_length (after);

  before = g_strndup (text, ld->range.match_start);
  before_clean = clean_fragment (before);
  after_clean = clean_fragment (after);

  g_strchomp (before);
  ld->in_brackets = g_str_has_suffix (before, "(") || g_str_has_suffix (before, "[");

  if (*before_clean == '\0' && *after_clean == '\0')
    ld->at = DATE_ONLY;
  else if (*before_clean == '\0')
    ld->at = DATE_LEAD;
  else if (*after_clean == '\0')
    ld->at = DATE_TAIL;
  else
    ld->at = DATE_INSIDE;

  if (*before_clean != '\0' && *after_clean != '\0')
    {
      g_autofree char *joined = g_strconcat (before, " ", after, NULL);

      ld->rest = clean_fragment (joined);
    }
  else
    ld->rest = g_strdup (*before_clean != '\0' ? before_clean : after_clean);
  ld->rest_words = count_words (ld->rest);

  /* "Santa Clara, CA May 2022 – Aug 2022": a date column with its place. */
  if ((ld->at == DATE_TAIL || ld->at == DATE_LEAD) && !ld->open_dash &&
      looks_like_location (ld->rest))
    {
      ld->place = g_strdup (ld->rest);
      ld->at = DATE_ONLY;
    }
}

/* "…compared to baselineSan Francisco, CA": where a place glued to the end of a bullet by a
 * PDF starts, or -1. */
static int
glued_place_start (const char *text)
{
  const char *comma = g_strrstr (text, ", ");
  guint spaces = 0;

  if (comma == NULL)
    return -1;

  {
    g_autofree char *region = g_strstrip (g_strdup (comma + 2));

    if (!first_is_upper (region) || count_words (region) > 3 || strlen (region) > 30 ||
        has_digit (region))
      return -1;
  }

  for (const char *p = comma; p > text;)
    {
      const char *prev = g_utf8_find_prev_char (text, p);
      gunichar c = g_utf8_get_char (prev);

      if (c == ' ')
        {
          if (++spaces > 3)
            return -1;
        }
      else if (p < comma && g_unichar_isupper (g_utf8_get_char (p)) &&
               (g_unichar_islower (c) || c == ')' || c == '%' || c == ']' || c == '.' ||
                g_unichar_isdigit (c)))
        return p - text;
      p = prev;
    }

  return -1;
}

/* Entries -------------------------------------------------------------------------------------- */

static void
entry_free (Entry *entry)
{
  g_ptr_array_unref (entry->header);
  g_ptr_array_unref (entry->raw);
  g_ptr_array_unref (entry->bullets);
  g_ptr_array_unref (entry->prose);
  g_free (entry->location);
  g_free (entry->url);
  g_free (entry);
}

static Entry *
entry_new (GPtrArray *entries)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->header = g_ptr_array_new_with_free_func (g_free);
  entry->raw = g_ptr_array_new ();
  entry->bullets = g_ptr_array_new_with_free_func (g_free);
  entry->prose = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (entries, entry);
  return entry;
}

static gboolean
entry_has_body (const Entry *entry)
{
  return entry->bullets->len > 0 || entry->prose->len > 0;
}

static gboolean
has_separator (const char *text)
{
  static const char * const separators[] = {
    ", ", " | ", " – ", " — ", " - ", " at ", " @ ", " · ", " • ", " bei ", " chez ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (strstr (text, separators[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether the header already says who and where: two lines, or one with a separator. */
static gboolean
header_complete (const Entry *entry)
{
  return entry->header->len >= 2 ||
         (entry->header->len == 1 && has_separator (g_ptr_array_index (entry->header, 0)));
}

static void
warn (Parser     *self,
      const Line *line,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
warn (Parser     *self,
      const Line *line,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: "Line 12: …" in the review of an imported résumé */
  full = g_strdup_printf (_("Line %u: %s"), line->number, message);
  {
    Warning *warning = g_new0 (Warning, 1);

    warning->line = line->number;
    warning->text = g_steal_pointer (&full);
    g_ptr_array_add (self->warnings, warning);
  }
}

static char *
quote_line (const char *text)
{
  if (g_utf8_strlen (text, -1) <= 80)
    return g_strdup (text);

  {
    g_autofree char *head = g_utf8_substring (text, 0, 79);

    return g_strconcat (head, "…", NULL);
  }
}

static void
entry_set_date (Parser         *self,
                Entry          *entry,
                const Line     *line,
                const LineDate *ld)
{
  entry->range = ld->range;
  entry->has_date = TRUE;
  if (ld->place != NULL && entry->location == NULL)
    entry->location = g_strdup (ld->place);

  if (ld->range.end_rejected)
    {
      g_autofree char *quoted = quote_line (line->text);

      warn (self, line, _("“%s”: the end date is before the start date; only the start date "
                          "was kept"), quoted);
    }
}

/* Adds a header line: its date to the entry, the rest to the header. */
static void
entry_add_header (Parser         *self,
                  Entry          *entry,
                  const Line     *line,
                  const LineDate *ld)
{
  g_ptr_array_add (entry->raw, (gpointer) line);

  if (ld->at != DATE_NONE && !entry->has_date)
    entry_set_date (self, entry, line, ld);
  else if (ld->place != NULL && entry->location == NULL)
    entry->location = g_strdup (ld->place);

  if (ld->at != DATE_ONLY && ld->rest != NULL && *ld->rest != '\0')
    g_ptr_array_add (entry->header, g_strdup (ld->rest));
}

static void
entry_add_bullet (Parser     *self,
                  Entry      *entry,
                  const Line *line)
{
  g_auto(LineDate) ld = { 0 };

  analyse_date (line->text, &ld);

  /* Templates that print the dates at the right of the entry's last (or first) bullet end up,
   * in the PDF's text, glued to that bullet: take them. Only ranges count; "launched in
   * March 2020" is part of the sentence. */
  if (!entry->has_date && ld.is_range && !ld.in_brackets && ld.at == DATE_TAIL)
    {
      g_autofree char *before = g_strndup (line->text, ld.range.match_start);
      int place = glued_place_start (before);

      entry_set_date (self, entry, line, &ld);
      if (place >= 0)
        {
          if (entry->location == NULL)
            entry->location = clean_fragment (before + place);
          before[place] = '\0';
        }
      g_ptr_array_add (entry->bullets, clean_fragment (before));
      return;
    }

  g_ptr_array_add (entry->bullets, g_strdup (line->text));
}

static gboolean
fully_bracketed (const char *text)
{
  return text[0] == '(' && last_char (text) == ')';
}

/* Whether a line may be part of an entry's header: short, not a sentence. */
static gboolean
header_text_ok (const Entry    *entry,
                const Line     *line,
                const LineDate *ld)
{
  const char *text = ld->rest;
  gunichar last;

  if (text == NULL || *text == '\0')
    return TRUE;
  if (entry->header->len >= 4 || ld->rest_words > MAX_HEADER_WORDS || first_is_lower (text) ||
      fully_bracketed (text))
    return FALSE;

  last = last_char (text);
  if (last == '.' && !g_str_has_suffix (text, "Inc.") && !g_str_has_suffix (text, "Ltd.") &&
      !g_str_has_suffix (text, "Co."))
    return FALSE;
  if (last == ':' || last == ';')
    return FALSE;

  /* Once the header says who and where, more lines are the body, unless a place. */
  if (header_complete (entry))
    return looks_like_location (text);
  if (entry->has_date && ld->rest_words > 6)
    return FALSE;

  return TRUE;
}

/* Whether a line after an entry's body starts the next entry. */
static gboolean
starts_entry (GPtrArray      *lines,
              guint           index,
              const LineDate *ld,
              const Entry    *current)
{
  const Line *line = g_ptr_array_index (lines, index);
  const Line *prev = index > 0 ? g_ptr_array_index (lines, index - 1) : NULL;
  gunichar last = last_char (line->text);

  if (first_is_lower (line->text) || fully_bracketed (line->text))
    return FALSE;

  if (ld->at != DATE_NONE)
    return ld->rest_words <= MAX_HEADER_WORDS + 2 && (ld->at != DATE_INSIDE || ld->is_range) &&
           !ld->in_brackets;

  if (last == '.' || last == ':' || last == ';' || ld->rest_words > MAX_HEADER_WORDS)
    return FALSE;

  /* Look ahead over a few header-like lines for the entry's dates or its bullets. */
  for (guint j = index + 1; j < lines->len && j <= index + 3; j++)
    {
      const Line *next = g_ptr_array_index (lines, j);
      g_auto(LineDate) next_ld = { 0 };
      gunichar next_last;

      if (next->bullet)
        return current->bullets->len > 0 && (line->blank_before || (prev != NULL && prev->bullet));

      analyse_date (next->text, &next_ld);
      if (next_ld.at != DATE_NONE)
        return next_ld.rest_words <= MAX_HEADER_WORDS && next_ld.at != DATE_INSIDE;

      next_last = last_char (next->text);
      if (next_ld.rest_words > MAX_HEADER_WORDS || next_last == '.' || next_last == ':' ||
          first_is_lower (next->text))
        return FALSE;
    }

  return FALSE;
}

/* "2017 –" / "Present Leading cross-functional teams…": the end of a range that a two-column
 * layout put at the start of the next line. */
static void
complete_open_range (GPtrArray *lines,
                     guint      index,
                     LineDate  *ld)
{
  const Line *line = g_ptr_array_index (lines, index);
  Line *next;
  g_autofree char *start = NULL;
  g_autofree char *composed = NULL;
  VocDateRange range;
  gsize prefix;

  if (!ld->open_dash || ld->at != DATE_LEAD || index + 1 >= lines->len)
    return;
  next = g_ptr_array_index (lines, index + 1);
  if (next->bullet)
    return;

  start = g_strndup (line->text + ld->range.match_start,
                     ld->range.match_end - ld->range.match_start);
  composed = g_strdup_printf ("%s – %s", start, next->text);
  prefix = strlen (start) + strlen (" – ");

  if (!voc_resume_date_range_find (composed, &range) || range.match_start != 0 ||
      range.match_end <= prefix || (range.end[0] == '\0' && !range.current))
    return;

  ld->range = range;
  ld->range.match_start = 0;
  ld->range.match_end = 0;
  ld->is_range = TRUE;

  {
    g_autofree char *rest = g_strdup (composed + range.match_end);

    g_free (next->text);
    next->text = g_strdup (g_strstrip (rest));
  }
}

static GPtrArray *
segment_entries (Parser    *self,
                 GPtrArray *lines)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  Entry *current = NULL;
  gboolean date_led = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      g_auto(LineDate) ld = { 0 };
      g_autofree char *url = NULL;

      if (*line->text == '\0')
        continue;

      if (line->bullet)
        {
          if (current == NULL)
            current = entry_new (entries);
          entry_add_bullet (self, current, line);
          continue;
        }

      url = line_url (line->text);
      if (url != NULL)
        {
          if (current == NULL)
            current = entry_new (entries);
          if (current->url == NULL)
            current->url = g_steal_pointer (&url);
          continue;
        }

      analyse_date (line->text, &ld);
      complete_open_range (lines, i, &ld);

      if (current == NULL)
        {
          current = entry_new (entries);
          date_led = ld.at == DATE_LEAD || ld.at == DATE_ONLY;
          entry_add_header (self, current, line, &ld);
          continue;
        }

      if (date_led)
        {
          /* Each entry starts with its dates; nothing else starts one, so wrapped prose that
           * happens to look like a title stays in the body. */
          if ((ld.at == DATE_LEAD || ld.at == DATE_ONLY) &&
              (entry_has_body (current) || current->has_date))
            {
              current = entry_new (entries);
              entry_add_header (self, current, line, &ld);
            }
          else if (!entry_has_body (current) && header_text_ok (current, line, &ld))
            entry_add_header (self, current, line, &ld);
          else
            g_ptr_array_add (current->prose, g_strdup (line->text));
          continue;
        }

      if (!entry_has_body (current))
        {
          if (ld.at == DATE_ONLY && current->has_date)
            {
              current = entry_new (entries);
              entry_add_header (self, current, line, &ld);
            }
          else if (ld.at == DATE_ONLY)
            entry_add_header (self, current, line, &ld);
          else if (ld.at != DATE_NONE && current->has_date && ld.rest_words <= MAX_HEADER_WORDS)
            {
              current = entry_new (entries);
              entry_add_header (self, current, line, &ld);
            }
          else if (header_text_ok (current, line, &ld))
            entry_add_header (self, current, line, &ld);
          else
            g_ptr_array_add (current->prose, g_strdup (line->text));
          continue;
        }

      if (starts_entry (lines, i, &ld, current))
        {
          current = entry_new (entries);
          entry_add_header (self, current, line, &ld);
        }
      else if (ld.at == DATE_ONLY && !current->has_date)
        entry_add_header (self, current, line, &ld);
      else
        g_ptr_array_add (current->prose, g_strdup (line->text));
    }

  /* Dates that could not be read: say which lines, keep the entry without them. */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (entry->has_date)
        continue;
      for (guint j = 0; j < entry->raw->len; j++)
        {
          const Line *line = g_ptr_array_index (entry->raw, j);

          if (voc_resume_date_looks_like (line->text))
            {
              g_autofree char *quoted = quote_line (line->text);

              warn (self, line, _("“%s”: the dates could not be read"), quoted);
              break;
            }
        }
    }

  return entries;
}

/* Header fields -------------------------------------------------------------------------------- */

typedef struct
{
  char     *text;
  guint     major;
  int       title;
  int       company;
  gboolean  place;
  gboolean  date_like;
  gboolean  place_guess;   /* a name before a state: the city, or an employer */
  gboolean  used;
} Part;

static void
part_free (Part *part)
{
  g_free (part->text);
  g_free (part);
}

static const char * const major_separators[] = {
  " | ", " — ", " – ", " - ", " · ", " • ", " ◦ ", "; ", "\t",
};

/* Cuts @text at @separators outside brackets. */
static GPtrArray *
cut (const char         *text,
     const char * const *separators,
     guint               n_separators)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;
  int depth = 0;

  for (const char *p = text; *p != '\0';)
    {
      gsize matched = 0;

      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;

      if (depth == 0)
        for (guint i = 0; i < n_separators && matched == 0; i++)
          if (g_str_has_prefix (p, separators[i]))
            matched = strlen (separators[i]);

      if (matched > 0)
        {
          g_ptr_array_add (pieces, clean_fragment_n (start, p - start));
          p += matched;
          start = p;
        }
      else
        p++;
    }
  g_ptr_array_add (pieces, clean_fragment (start));

  /* Drop empty pieces. */
  for (guint i = pieces->len; i > 0; i--)
    if (*(char *) g_ptr_array_index (pieces, i - 1) == '\0')
      g_ptr_array_remove_index (pieces, i - 1);

  return pieces;
}

static gboolean is_institution (const char *text);

static GPtrArray *
split_parts (const char *text)
{
  static const char * const comma[] = { ", " };
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  g_autoptr(GPtrArray) majors = cut (text, major_separators, G_N_ELEMENTS (major_separators));

  for (guint m = 0; m < majors->len; m++)
    {
      g_autoptr(GPtrArray) pieces = cut (g_ptr_array_index (majors, m), comma, 1);

      for (guint i = 0; i < pieces->len; i++)
        {
          const char *piece = g_ptr_array_index (pieces, i);
          Part *last = parts->len > 0 ? g_ptr_array_index (parts, parts->len - 1) : NULL;
          Part *part;

          /* "ABC Company, Inc." is one name. */
          if (i > 0 && last != NULL && is_legal_form (piece))
            {
              char *merged = g_strconcat (last->text, ", ", piece, NULL);

              g_free (last->text);
              last->text = merged;
              continue;
            }

          part = g_new0 (Part, 1);
          part->text = g_strdup (piece);
          part->major = m;
          g_ptr_array_add (parts, part);
        }
    }

  for (guint i = 0; i < parts->len; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      part->title = title_score (part->text);
      part->company = company_score (part->text);
      part->place = looks_like_location (part->text);
      part->date_like = voc_resume_date_looks_like (part->text);
    }

  /* "…, Mountain View, CA, USA": a state or country ends a run of place names, and the
   * name before it is the city. */
  for (guint m = 0; m < majors->len; m++)
    {
      int last = -1;

      for (guint i = 0; i < parts->len; i++)
        if (((Part *) g_ptr_array_index (parts, i))->major == m)
          last = i;

      for (int i = last; i >= 0; i--)
        {
          Part *part = g_ptr_array_index (parts, i);
          g_autofree char *key = folded_key (part->text);

          if (part->major != m || !(is_region_code (part->text) || IN_LIST (key, countries)))
            break;
          part->place = TRUE;
          if (i > 0)
            {
              Part *city = g_ptr_array_index (parts, i - 1);

              if (city->major == m && city->title == 0 && city->company == 0 &&
                  count_words (city->text) <= 3 && !is_institution (city->text) &&
                  !city->place)
                city->place = city->place_guess = TRUE;
            }
        }
    }

  /* "San Francisco, CA" after a dash is one place, though "San Francisco" alone is not
   * known to be one. */
  for (guint m = 0; m < majors->len; m++)
    if (looks_like_location (g_ptr_array_index (majors, m)))
      for (guint i = 0; i < parts->len; i++)
        {
          Part *part = g_ptr_array_index (parts, i);

          if (part->major == m && part->title == 0)
            part->place = TRUE;
        }

  return parts;
}

static gboolean
part_is_name (const Part *part)
{
  return !part->used && !part->place && !part->date_like;
}

typedef struct
{
  char      *position;
  char      *company;
  char      *location;
  GPtrArray *extra;      /* header lines that are neither */
} Roles;

static void
roles_clear (Roles *roles)
{
  g_clear_pointer (&roles->position, g_free);
  g_clear_pointer (&roles->company, g_free);
  g_clear_pointer (&roles->location, g_free);
  g_clear_pointer (&roles->extra, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Roles, roles_clear)

/* The employer and place from "Acme Corp, Berlin, Germany". */
static void
company_and_place (const char *text,
                   Roles      *roles)
{
  g_autoptr(GPtrArray) parts = split_parts (text);
  g_autoptr(GPtrArray) place = g_ptr_array_new ();

  for (guint i = 0; i < parts->len; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      if (part->date_like)
        continue;
      if (roles->company == NULL && !part->place)
        roles->company = g_strdup (part->text);
      else if (roles->company != NULL || part->place)
        g_ptr_array_add (place, part->text);
    }

  if (roles->location == NULL && place->len > 0)
    roles->location = join_strings (place, ", ");
}

/* "Engineer at Acme, Berlin", "Ingenieur bei Acme". */
static gboolean
split_at_word (const char  *text,
               char       **left,
               char       **right)
{
  static const char * const words[] = { " at ", " @ ", " bei ", " chez " };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *hit = strstr (text, words[i]);
      g_autofree char *l = NULL;
      g_autofree char *r = NULL;

      if (hit == NULL || hit == text)
        continue;

      l = clean_fragment_n (text, hit - text);
      r = clean_fragment (hit + strlen (words[i]));
      if (*l == '\0' || *r == '\0' || count_words (l) > 7 || title_score (l) == 0 ||
          count_char (l, '(') != count_char (l, ')'))
        continue;

      *left = g_steal_pointer (&l);
      *right = g_steal_pointer (&r);
      return TRUE;
    }

  return FALSE;
}

/* One header line holding title, employer and place: "Co-Founder & CTO, Nexus AI – San
 * Francisco, CA", "Nexus AI, Co-Founder & CTO", "Acme Corp | Senior Engineer | Berlin". */
static void
assign_single (const char *text,
               Roles      *roles)
{
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) position = NULL;
  g_autoptr(GPtrArray) place = NULL;
  int pos = -1;
  int comp = -1;
  guint last_used;

  if (split_at_word (text, &left, &right))
    {
      roles->position = g_steal_pointer (&left);
      company_and_place (right, roles);
      return;
    }

  parts = split_parts (text);
  if (parts->len == 0)
    return;

  for (guint i = 0; i < parts->len && pos < 0; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      /* "Software Engineer": a title, though "software" also names employers. */
      if (part_is_name (part) && part->title > 0 && part->title >= part->company)
        pos = i;
    }

  if (pos < 0)
    {
      int first = -1, second = -1;

      /* No title word: the convention is "Title — Company", unless the first part is
       * plainly the employer. */
      for (guint i = 0; i < parts->len; i++)
        if (part_is_name (g_ptr_array_index (parts, i)))
          {
            if (first < 0)
              first = i;
            else if (second < 0)
              second = i;
          }
      if (first < 0)
        {
          Part *part = g_ptr_array_index (parts, 0);

          if (part->place && roles->location == NULL)
            roles->location = g_strdup (text);
          return;
        }
      pos = first;
      if (second >= 0 && ((Part *) g_ptr_array_index (parts, first))->company > 0 &&
          ((Part *) g_ptr_array_index (parts, second))->company == 0)
        pos = second;
    }

  {
    Part *p = g_ptr_array_index (parts, pos);

    p->used = TRUE;

    /* The employer: from another part of the line first ("Senior Engineer, Platform —
     * Acme"), else the nearest name next to the title. */
    for (guint i = 0; i < parts->len && comp < 0; i++)
      {
        Part *part = g_ptr_array_index (parts, i);

        if (part_is_name (part) && part->major != p->major &&
            (part->title == 0 || part->title < part->company))
          comp = i;
      }
    for (guint i = pos + 1; i < parts->len && comp < 0; i++)
      {
        Part *part = g_ptr_array_index (parts, i);

        if (part_is_name (part) && part->major == p->major)
          comp = i;
      }
    for (int i = pos - 1; i >= 0 && comp < 0; i--)
      {
        Part *part = g_ptr_array_index (parts, i);

        if (part_is_name (part) && part->major == p->major)
          comp = i;
      }
    for (guint i = 0; i < parts->len && comp < 0; i++)
      if (part_is_name (g_ptr_array_index (parts, i)))
        comp = i;
    /* "Data Engineer, Wayne Enterprises Austin, TX": a flattened table put the place after
     * the employer; the name before the state is all there is. */
    for (guint i = 0; i < parts->len && comp < 0; i++)
      {
        Part *part = g_ptr_array_index (parts, i);

        if (!part->used && part->place_guess)
          comp = i;
      }

    position = g_ptr_array_new ();
    g_ptr_array_add (position, p->text);
    if (comp >= 0)
      {
        Part *c = g_ptr_array_index (parts, comp);

        c->used = TRUE;
        roles->company = g_strdup (c->text);

        /* The rest of the title's own part of the line belongs to the title. */
        if (c->major != p->major)
          for (guint i = pos + 1; i < parts->len; i++)
            {
              Part *part = g_ptr_array_index (parts, i);

              if (part->major == p->major && part_is_name (part))
                {
                  part->used = TRUE;
                  g_ptr_array_add (position, part->text);
                }
            }
      }
    roles->position = join_strings (position, ", ");
  }

  /* The place: what follows the title and employer. */
  last_used = MAX (pos, comp);
  place = g_ptr_array_new ();
  for (guint i = last_used + 1; i < parts->len; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      if (!part->used && !part->date_like)
        g_ptr_array_add (place, part->text);
    }
  if (place->len == 0)
    for (guint i = 0; i < parts->len; i++)
      {
        Part *part = g_ptr_array_index (parts, i);

        if (!part->used && part->place && !part->date_like)
          g_ptr_array_add (place, part->text);
      }
  if (place->len > 0 && roles->location == NULL)
    roles->location = join_strings (place, ", ");
}

typedef enum
{
  HEADER_TITLE,
  HEADER_COMPANY,
  HEADER_PLACE,
  HEADER_OTHER,
  HEADER_DATE,
} HeaderKind;

/* Title, employer and place from an entry's header lines: one line with separators, or one
 * line each ("Telcoin" / "Vice President, Banking Operations" / "Los Angeles, CA"). */
static void
assign_roles (GPtrArray *header,
              Roles     *roles)
{
  g_autofree HeaderKind *kinds = NULL;
  int pos = -1, comp = -1, place = -1;

  roles->extra = g_ptr_array_new_with_free_func (g_free);
  if (header->len == 0)
    return;
  if (header->len == 1)
    {
      assign_single (g_ptr_array_index (header, 0), roles);
      return;
    }

  kinds = g_new0 (HeaderKind, header->len);
  for (guint i = 0; i < header->len; i++)
    {
      const char *text = g_ptr_array_index (header, i);
      int title = title_score (text);
      int company = company_score (text);

      if (voc_resume_date_looks_like (text) && count_words (text) <= 4)
        kinds[i] = HEADER_DATE;
      else if (looks_like_location (text))
        kinds[i] = HEADER_PLACE;
      else if (title > 0 && title >= company)
        kinds[i] = HEADER_TITLE;
      else if (company > 0)
        kinds[i] = HEADER_COMPANY;
      else
        kinds[i] = HEADER_OTHER;
    }

  for (guint i = 0; i < header->len; i++)
    {
      if (kinds[i] == HEADER_TITLE && pos < 0)
        pos = i;
      else if (kinds[i] == HEADER_PLACE && place < 0)
        place = i;
    }
  for (guint i = 0; i < header->len && comp < 0; i++)
    if (kinds[i] == HEADER_COMPANY && (int) i != pos)
      comp = i;
  if (pos < 0)
    {
      /* No title word: "Title" / "Company" is the usual order. */
      for (guint i = 0; i < header->len && pos < 0; i++)
        if (kinds[i] == HEADER_OTHER)
          pos = i;
    }
  for (guint i = 0; i < header->len && comp < 0; i++)
    if ((kinds[i] == HEADER_OTHER || kinds[i] == HEADER_COMPANY) && (int) i != pos)
      comp = i;

  if (pos >= 0 && comp < 0 && has_separator (g_ptr_array_index (header, pos)))
    assign_single (g_ptr_array_index (header, pos), roles);
  else
    {
      if (pos >= 0)
        roles->position = g_strdup (g_ptr_array_index (header, pos));
      if (comp >= 0)
        company_and_place (g_ptr_array_index (header, comp), roles);
    }

  if (place >= 0)
    {
      g_free (roles->location);
      roles->location = g_strdup (g_ptr_array_index (header, place));
    }

  for (guint i = 0; i < header->len; i++)
    if ((int) i != pos && (int) i != comp && (int) i != place && kinds[i] != HEADER_DATE)
      g_ptr_array_add (roles->extra, g_strdup (g_ptr_array_index (header, i)));
}

/* Sentences ------------------------------------------------------------------------------------ */

static void
split_sentences (const char *text,
                 GPtrArray  *out)
{
  static const char * const abbreviations[] = {
    "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "dr", "mr", "mrs", "ms", "prof", "sr",
    "jr", "vs", "approx", "incl", "z.b", "bzw", "ca", "u.a", "d.h", "st", "no", "nr", "dept",
    "univ", "resp", "max", "min", "fig",
  };
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *word;
      g_autofree char *lower = NULL;

      if ((*p != '.' && *p != '!' && *p != '?') || p[1] != ' ' || p[2] == '\0' ||
          !(first_is_upper (p + 2) || g_ascii_isdigit (p[2]) || p[2] == '"'))
        continue;

      for (word = p; word > start && word[-1] != ' '; word--)
        ;
      lower = g_ascii_strdown (word, p - word);
      if (*p == '.' && (p - word <= 1 || IN_LIST (lower, abbreviations)))
        continue;

      g_ptr_array_add (out, clean_fragment_n (start, p + 1 - start));
      start = p + 2;
    }

  if (*start != '\0')
    {
      char *last = clean_fragment (start);

      if (*last != '\0')
        g_ptr_array_add (out, last);
      else
        g_free (last);
    }
}

static void
set_dates (JsonObject  *object,
           const Entry *entry,
           const char  *start_member,
           const char  *end_member,
           gboolean     single_is_end)
{
  const VocDateRange *range = &entry->range;
  gboolean is_range = range->end[0] != '\0' || range->current || range->end_rejected;

  if (!entry->has_date || range->start[0] == '\0')
    return;

  if (!is_range && single_is_end)
    {
      set_string (object, end_member, range->start);
      return;
    }

  set_string (object, start_member, range->start);
  if (!range->current)
    set_string (object, end_member, range->end);
}

/* Work and volunteering ------------------------------------------------------------------------ */

static JsonObject *
work_object (Entry      *entry,
             const char *employer_member,
             gboolean    with_location)
{
  g_auto(Roles) roles = { 0 };
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) summary = g_ptr_array_new ();
  JsonObject *object;

  assign_roles (entry->header, &roles);
  if (roles.position == NULL && roles.company == NULL && !entry_has_body (entry))
    return NULL;

  object = json_object_new ();
  set_string (object, employer_member, roles.company);
  set_string (object, "position", roles.position);
  if (with_location)
    set_string (object, "location", roles.location != NULL ? roles.location : entry->location);
  set_string (object, "url", entry->url);
  set_dates (object, entry, "startDate", "endDate", FALSE);

  for (guint i = 0; i < roles.extra->len; i++)
    g_ptr_array_add (summary, g_ptr_array_index (roles.extra, i));

  for (guint i = 0; i < entry->bullets->len; i++)
    g_ptr_array_add (highlights, g_strdup (g_ptr_array_index (entry->bullets, i)));

  /* Achievements written as prose, without bullets, are still achievements: one per
   * sentence, so that each can be tagged and chosen on its own. */
  if (highlights->len == 0)
    {
      g_autofree char *prose = join_strings (entry->prose, " ");

      split_sentences (prose, highlights);
    }
  else
    for (guint i = 0; i < entry->prose->len; i++)
      {
        const char *text = g_ptr_array_index (entry->prose, i);

        /* "Key achievements:" over the bullets says nothing the bullets do not. */
        if (last_char (text) == ':' && count_words (text) <= 4)
          continue;
        g_ptr_array_add (summary, (gpointer) text);
      }

  {
    g_autofree char *text = join_strings (summary, " ");

    set_string (object, "summary", text);
  }
  if (highlights->len > 0)
    json_object_set_array_member (object, "highlights", array_from_strings (highlights));

  return object;
}

/* Education ------------------------------------------------------------------------------------ */

/* "B.Tech" → "btech", "Ph.D." → "phd". */
static char *
degree_key (const char *word)
{
  g_autofree char *folded = voc_text_fold (word);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p; p++)
    if (*p != '.' && *p != '\'' && *p != ' ')
      g_string_append_c (key, *p);

  return g_string_free (key, FALSE);
}

static gboolean
is_degree (const char *text,
           gboolean    first_of_line)
{
  static const char * const anywhere[] = {
    "bachelor", "bachelors", "master", "masters", "diplom", "doctorate", "phd", "mba",
    "doktor", "doctorat", "licenciatura",
  };
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autofree char *first = NULL;
  guint n = g_strv_length (words);

  if (n == 0)
    return FALSE;

  first = degree_key (words[0]);
  if (g_str_has_suffix (first, "-ing") || g_str_has_prefix (first, "dipl"))
    return TRUE;
  {
    /* "M.Sc.-Informatik", "Bachelor's" */
    char *dash = strchr (first, '-');

    if (dash != NULL)
      *dash = '\0';
  }
  if (g_str_equal (first, "high"))
    return n > 1 && g_ascii_strncasecmp (words[1], "school", 6) == 0;
  if (IN_LIST (first, degree_words))
    return TRUE;
  if (IN_LIST (first, short_degrees) && g_ascii_isupper (words[0][0]))
    return n > 1 || first_of_line;

  for (guint i = 1; i < n; i++)
    {
      g_autofree char *key = degree_key (words[i]);

      if (IN_LIST (key, anywhere))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_institution (const char *text)
{
  static const char * const endings[] = {
    "universitat", "hochschule", "akademie", "schule", "university", "college",
  };
  g_autoptr(GPtrArray) words = folded_words (text);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (IN_LIST (word, institution_words) || g_str_equal (word, "tech"))
        return TRUE;
      for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
        if (g_str_has_suffix (word, endings[e]))
          return TRUE;
    }

  return FALSE;
}

/* "PhDPrinceton University": a degree column glued to the institution. */
static char *
unglue_degree (const char *text)
{
  static const char * const glued[] = {
    "PhD", "MPhil", "MBA", "BSc", "MSc", "BEng", "MEng", "BA", "BS", "MA", "MS", "BBA",
  };

  for (guint i = 0; i < G_N_ELEMENTS (glued); i++)
    {
      gsize len = strlen (glued[i]);

      if (g_str_has_prefix (text, glued[i]) && first_is_upper (text + len))
        {
          const char *next = g_utf8_next_char (text + len);

          if (g_unichar_islower (g_utf8_get_char (next)))
            return g_strdup_printf ("%s, %s", glued[i], text + len);
        }
    }

  return g_strdup (text);
}

/* "GPA: 3.97/4.00", "Overall GPA 9.5/10", "Abschlussnote: 1,3". */
static char *
find_score (const char  *text,
            gboolean    *only_score)
{
  static GRegex *regex;
  static gsize initialized;
  g_autoptr(GMatchInfo) match = NULL;
  char *score = NULL;

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("\\b(?:c?gpa|grade|note|abschlussnote|gesamtnote|notendurchschnitt|"
                           "moyenne|nota|score)\\b\\s*(?:of\\s*)?[:=]?\\s*"
                           "(\\d{1,3}(?:[.,]\\d{1,3})?(?:\\s*/\\s*\\d{1,3}(?:[.,]\\d{1,3})?)?)",
                           G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  *only_score = FALSE;
  if (g_regex_match (regex, text, 0, &match))
    {
      int start, end;
      g_autofree char *rest = NULL;

      score = g_match_info_fetch (match, 1);
      g_match_info_fetch_pos (match, 0, &start, &end);
      {
        g_autofree char *before = clean_fragment_n (text, start);
        g_autofree char *after = clean_fragment (text + end);

        rest = g_strconcat (before, " ", after, NULL);
        g_strstrip (rest);
      }
      /* "Overall GPA: 9.5/10" says nothing more; "GPA: 3.97, Valedictorian" does. */
      {
        g_autofree char *key = folded_key (rest);

        *only_score = *key == '\0' || g_str_equal (key, "overall") ||
                      g_str_equal (key, "cumulative") || g_str_equal (key, "final") ||
                      g_str_equal (key, "gesamt");
      }
    }

  return score;
}

/* "Master of Science Informatik": the degree's own "of" field, then the subject. */
static gboolean
degree_with_field (const char  *text,
                   char       **study_type,
                   char       **area)
{
  static const char * const fields[] = {
    "Science", "Arts", "Engineering", "Laws", "Fine Arts", "Business Administration",
    "Philosophy", "Education", "Technology", "Music", "Commerce", "Applied Science",
    "Public Health",
  };
  const char *of = strstr (text, " of ");

  if (of == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *field = of + 4;
      gsize len = strlen (fields[i]);

      if (g_ascii_strncasecmp (field, fields[i], len) == 0 && field[len] == ' ' &&
          field[len + 1] != '\0')
        {
          *study_type = g_strndup (text, field + len - text);
          *area = clean_fragment (field + len + 1);
          return TRUE;
        }
    }

  return FALSE;
}

static JsonObject *
education_object (Entry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  g_autoptr(GArray) first_of_line = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *score = NULL;
  g_autofree char *study_type = NULL;
  g_autofree char *area = NULL;
  const char *institution = NULL;
  int degree = -1;
  JsonObject *object;

  for (guint i = 0; i < entry->header->len; i++)
    {
      g_autofree char *line = unglue_degree (g_ptr_array_index (entry->header, i));
      g_autoptr(GPtrArray) line_parts = NULL;
      gboolean only_score;
      g_autofree char *line_score = find_score (line, &only_score);

      if (line_score != NULL)
        {
          if (score == NULL)
            score = g_steal_pointer (&line_score);
          if (only_score)
            continue;
        }

      line_parts = split_parts (line);
      for (guint j = 0; j < line_parts->len; j++)
        {
          gboolean first = j == 0;

          g_array_append_val (first_of_line, first);
          g_ptr_array_add (parts, g_steal_pointer (&g_ptr_array_index (line_parts, j)));
        }
      g_ptr_array_set_free_func (line_parts, NULL);
    }

  /* The degree: the most telling part ("PhD in Computer Science" over "PhD"). */
  for (guint i = 0; i < parts->len; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      if (part->date_like || !is_degree (part->text, g_array_index (first_of_line, gboolean, i)))
        continue;
      part->used = TRUE;
      if (degree < 0 ||
          strlen (part->text) > strlen (((Part *) g_ptr_array_index (parts, degree))->text))
        degree = i;
    }
  if (degree >= 0)
    {
      const char *text = ((Part *) g_ptr_array_index (parts, degree))->text;
      const char *in = NULL;
      static const char * const joiners[] = { " in ", " en ", " im ", " of Science in " };

      for (guint j = 0; j < G_N_ELEMENTS (joiners) && in == NULL; j++)
        in = strstr (text, joiners[j]);

      if (in != NULL)
        {
          study_type = clean_fragment_n (text, in - text);
          area = clean_fragment (in + 4);
        }
      else if (degree_with_field (text, &study_type, &area))
        ;
      else if (strstr (text, " of ") == NULL && strchr (text, ' ') != NULL &&
               g_ascii_strncasecmp (text, "high ", 5) != 0)
        {
          const char *space = strchr (text, ' ');

          study_type = clean_fragment_n (text, space - text);
          area = clean_fragment (space + 1);
        }
      else
        study_type = g_strdup (text);
    }

  for (guint i = 0; i < parts->len && institution == NULL; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      if (!part->used && !part->date_like && is_institution (part->text))
        {
          part->used = TRUE;
          institution = part->text;
        }
    }
  for (guint i = 0; i < parts->len && institution == NULL; i++)
    {
      Part *part = g_ptr_array_index (parts, i);
      g_autofree char *folded = voc_text_fold (part->text);

      if (part_is_name (part) && !g_str_has_prefix (folded, "specializ") &&
          !g_str_has_prefix (folded, "specialis") && !g_str_has_prefix (folded, "major") &&
          !g_str_has_prefix (folded, "minor") && !g_str_has_prefix (folded, "schwerpunkt") &&
          count_words (part->text) <= 8)
        {
          part->used = TRUE;
          institution = part->text;
        }
    }
  for (guint i = 0; i < parts->len && area == NULL; i++)
    {
      Part *part = g_ptr_array_index (parts, i);

      if (part_is_name (part) && count_words (part->text) <= 6 && part->title == 0)
        {
          part->used = TRUE;
          area = g_strdup (part->text);
        }
    }

  /* Bullets and prose of a school entry: grades, theses, honours. */
  for (guint i = 0; i < entry->bullets->len + entry->prose->len; i++)
    {
      const char *text = i < entry->bullets->len ?
                         g_ptr_array_index (entry->bullets, i) :
                         g_ptr_array_index (entry->prose, i - entry->bullets->len);
      gboolean only_score;
      g_autofree char *line_score = find_score (text, &only_score);

      if (line_score != NULL && score == NULL)
        score = g_steal_pointer (&line_score);
      if (line_score == NULL && only_score)
        continue;
      if (!only_score)
        g_ptr_array_add (highlights, g_strdup (text));
    }

  if (institution == NULL && study_type == NULL && area == NULL)
    return NULL;

  object = json_object_new ();
  set_string (object, "institution", institution);
  set_string (object, "url", entry->url);
  set_string (object, "area", area);
  set_string (object, "studyType", study_type);
  set_dates (object, entry, "startDate", "endDate", TRUE);
  set_string (object, "score", score);
  /* Not in JSON Resume 1.2.1, which allows more members: the draft keeps what the entry
   * said, and the library keeps unknown members. */
  if (highlights->len > 0)
    json_object_set_array_member (object, "highlights", array_from_strings (highlights));

  return object;
}

/* Projects ------------------------------------------------------------------------------------- */

static JsonObject *
project_object (Entry *entry)
{
  g_autoptr(GPtrArray) description = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  JsonObject *object;

  for (guint i = 0; i < entry->header->len; i++)
    {
      const char *text = g_ptr_array_index (entry->header, i);

      if (name == NULL)
        {
          g_autoptr(GPtrArray) majors = cut (text, major_separators,
                                             G_N_ELEMENTS (major_separators));

          if (majors->len == 0)
            continue;
          name = g_strdup (g_ptr_array_index (majors, 0));
          for (guint j = 1; j < majors->len; j++)
            g_ptr_array_add (description, g_strdup (g_ptr_array_index (majors, j)));
        }
      else
        g_ptr_array_add (description, g_strdup (text));
    }
  for (guint i = 0; i < entry->prose->len; i++)
    g_ptr_array_add (description, g_strdup (g_ptr_array_index (entry->prose, i)));

  if (name == NULL && description->len == 0 && entry->bullets->len == 0)
    return NULL;

  object = json_object_new ();
  set_string (object, "name", name);
  {
    g_autofree char *text = join_strings (description, " ");

    set_string (object, "description", text);
  }
  if (entry->bullets->len > 0)
    json_object_set_array_member (object, "highlights", array_from_strings (entry->bullets));
  set_dates (object, entry, "startDate", "endDate", FALSE);
  set_string (object, "url", entry->url);

  return object;
}

/* Lists: skills, languages, certificates, awards, interests ------------------------------------ */

static GPtrArray *
split_items (const char *text)
{
  static const char * const separators[] = {
    ", ", "; ", " | ", " • ", " · ", "•", "·", "|", ";", ",",
  };
  static const char * const conjunctions[] = { "and ", "und ", "et ", "y ", "or ", "& " };
  GPtrArray *items = cut (text, separators, G_N_ELEMENTS (separators));

  for (guint i = 0; i < items->len; i++)
    {
      char *item = g_ptr_array_index (items, i);

      for (guint c = 0; c < G_N_ELEMENTS (conjunctions); c++)
        if (g_str_has_prefix (item, conjunctions[c]))
          {
            gsize skip = strlen (conjunctions[c]);

            memmove (item, item + skip, strlen (item + skip) + 1);
            break;
          }
      if (last_char (item) == '.')
        item[strlen (item) - 1] = '\0';
      g_strstrip (item);
    }
  for (guint i = items->len; i > 0; i--)
    if (*(char *) g_ptr_array_index (items, i - 1) == '\0')
      g_ptr_array_remove_index (items, i - 1);

  return items;
}

static char *
canonical_skill (Parser     *self,
                 const char *name)
{
  int index = voc_skill_dictionary_lookup (self->dictionary, name);

  if (index >= 0)
    return g_strdup (voc_skill_dictionary_get_name (self->dictionary, index));

  return g_strdup (name);
}

static JsonObject *
add_skill (Parser     *self,
           const char *name,
           JsonArray  *keywords)
{
  g_autofree char *key = folded_key (name);
  JsonObject *object;

  if (*key == '\0' || g_hash_table_contains (self->skills_seen, key))
    {
      if (keywords != NULL)
        json_array_unref (keywords);
      return NULL;
    }
  g_hash_table_add (self->skills_seen, g_steal_pointer (&key));

  object = json_object_new ();
  json_object_set_string_member (object, "name", name);
  if (keywords != NULL)
    json_object_set_array_member (object, "keywords", keywords);
  json_array_add_object_element (self->skills, object);

  return object;
}

/* Known skills inside a longer text ("Git and GitHub", a sentence). */
static GPtrArray *
dictionary_names (Parser     *self,
                  const char *text)
{
  g_autoptr(GArray) matches = voc_skill_dictionary_find (self->dictionary, text);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < matches->len; i++)
    {
      const VocSkillMatch *match = &g_array_index (matches, VocSkillMatch, i);

      g_ptr_array_add (names, (gpointer) voc_skill_dictionary_get_name (self->dictionary,
                                                                          match->skill));
    }

  return names;
}

static JsonObject *
skill_from_item (Parser     *self,
                 const char *item)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *canonical = NULL;

  if (count_words (item) > 6 || strlen (item) > 60)
    {
      /* A sentence in the skills section: the skills it names. */
      names = dictionary_names (self, item);
      for (guint i = 0; i < names->len; i++)
        add_skill (self, g_ptr_array_index (names, i), NULL);
      return NULL;
    }

  if (voc_skill_dictionary_lookup (self->dictionary, item) >= 0)
    {
      canonical = canonical_skill (self, item);
      return add_skill (self, canonical, NULL);
    }

  names = dictionary_names (self, item);
  if (names->len > 0)
    {
      JsonArray *keywords = json_array_new ();

      for (guint i = 0; i < names->len; i++)
        json_array_add_string_element (keywords, g_ptr_array_index (names, i));
      return add_skill (self, item, keywords);
    }

  return add_skill (self, item, NULL);
}

/* "English (native)", "German: C1", "French – fluent", "Spanish B2". */
static gboolean
parse_language (const char  *item,
                char       **language,
                char       **fluency)
{
  const char *open = strchr (item, '(');
  const char *split = NULL;
  gsize skip = 0;
  g_autofree char *lang = NULL;
  g_autofree char *level = NULL;

  if (open != NULL)
    {
      lang = clean_fragment_n (item, open - item);
      level = clean_fragment (open + 1);
    }
  else
    {
      static const char * const separators[] = { ": ", " – ", " — ", " - ", " : " };

      for (guint i = 0; i < G_N_ELEMENTS (separators) && split == NULL; i++)
        if ((split = strstr (item, separators[i])) != NULL)
          skip = strlen (separators[i]);

      if (split != NULL)
        {
          lang = clean_fragment_n (item, split - item);
          level = clean_fragment (split + skip);
        }
      else
        {
          const char *space = strchr (item, ' ');

          if (space != NULL)
            {
              g_autofree char *first = g_strndup (item, space - item);

              if (is_spoken_language (first))
                {
                  lang = g_strdup (first);
                  level = clean_fragment (space + 1);
                }
            }
          if (lang == NULL)
            lang = g_strdup (item);
        }
    }

  if (!is_spoken_language (lang))
    {
      g_autoptr(GPtrArray) words = level != NULL ? folded_words (level) : NULL;
      gboolean fluent = FALSE;

      for (guint i = 0; words != NULL && i < words->len; i++)
        if (IN_LIST (g_ptr_array_index (words, i), fluency_words))
          fluent = TRUE;
      if (!fluent || count_words (lang) > 2)
        return FALSE;
    }

  *language = g_steal_pointer (&lang);
  *fluency = level != NULL && *level != '\0' ? g_steal_pointer (&level) : NULL;
  return TRUE;
}

static void
add_language (Parser     *self,
              const char *language,
              const char *fluency)
{
  g_autofree char *key = folded_key (language);
  JsonObject *object;

  if (g_hash_table_contains (self->languages_seen, key))
    return;
  g_hash_table_add (self->languages_seen, g_steal_pointer (&key));

  object = json_object_new ();
  json_object_set_string_member (object, "language", language);
  set_string (object, "fluency", fluency);
  json_array_add_object_element (self->languages, object);
}

static gboolean
is_languages_label (const char *label)
{
  g_autofree char *key = folded_key (label);

  return g_str_equal (key, "languages") || g_str_equal (key, "language") ||
         g_str_equal (key, "spoken languages") || g_str_equal (key, "sprachen") ||
         g_str_equal (key, "langues") || g_str_equal (key, "idiomas") ||
         g_str_equal (key, "sprachkenntnisse");
}

/* "Languages: English (native), German (C1)" under Skills. */
static gboolean
languages_from_list (Parser    *self,
                     GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *language = NULL;
      g_autofree char *fluency = NULL;

      if (!parse_language (g_ptr_array_index (items, i), &language, &fluency) ||
          !is_spoken_language (language))
        return FALSE;
    }

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *language = NULL;
      g_autofree char *fluency = NULL;

      if (parse_language (g_ptr_array_index (items, i), &language, &fluency))
        add_language (self, language, fluency);
    }

  return TRUE;
}

static void
parse_skills (Parser    *self,
              GPtrArray *lines)
{
  JsonObject *last = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      g_autofree char *key = folded_key (line->text);
      const char *colon = strchr (line->text, ':');

      /* "Python" / "Expert": a level under the skill. */
      if (IN_LIST (key, level_words))
        {
          if (last != NULL && !json_object_has_member (last, "level"))
            json_object_set_string_member (last, "level", line->text);
          continue;
        }

      if (colon != NULL && colon - line->text <= 40 && colon[1] != '\0' &&
          count_words (line->text) - count_words (colon) < 4)
        {
          g_autofree char *label = clean_fragment_n (line->text, colon - line->text);
          g_autoptr(GPtrArray) items = split_items (colon + 1);
          JsonArray *keywords;

          if (*label == '\0' || items->len == 0)
            continue;
          if (is_languages_label (label) && languages_from_list (self, items))
            continue;

          keywords = json_array_new ();
          for (guint j = 0; j < items->len; j++)
            {
              g_autofree char *canonical = canonical_skill (self, g_ptr_array_index (items, j));

              json_array_add_string_element (keywords, canonical);
            }
          last = add_skill (self, label, keywords);
          continue;
        }

      {
        g_autoptr(GPtrArray) items = split_items (line->text);
        guint words = count_words (line->text);

        /* A paragraph about one's skills, not a list of them: the skills it names. */
        if (words >= 20 && words >= 4 * items->len)
          {
            skill_from_item (self, line->text);
            continue;
          }

        for (guint j = 0; j < items->len; j++)
          {
            JsonObject *object = skill_from_item (self, g_ptr_array_index (items, j));

            if (object != NULL)
              last = object;
          }
      }
    }
}

static void
parse_languages (Parser    *self,
                 GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      g_autoptr(GPtrArray) items = split_items (line->text);

      for (guint j = 0; j < items->len; j++)
        {
          const char *item = g_ptr_array_index (items, j);
          g_autofree char *language = NULL;
          g_autofree char *fluency = NULL;

          if (parse_language (item, &language, &fluency))
            add_language (self, language, fluency);
          else
            /* "Languages" over "Python, Go": programming languages are skills. */
            skill_from_item (self, item);
        }
    }
}

/* "Oracle Certified Professional — Oracle (2020)": a name, who gave it, a date. */
static JsonObject *
dated_item (const char *text,
            const char *name_member,
            const char *by_member,
            const char *date_member)
{
  static const char * const separators[] = { " — ", " – ", " | ", " - " };
  VocDateRange range;
  g_autofree char *rest = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  JsonObject *object;

  if (voc_resume_date_range_find (text, &range))
    {
      g_autofree char *before = g_strndup (text, range.match_start);
      g_autofree char *joined = g_strconcat (before, " ", text + range.match_end, NULL);

      rest = clean_fragment (joined);
    }
  else
    rest = clean_fragment (text);

  pieces = cut (rest, separators, G_N_ELEMENTS (separators));
  if (pieces->len == 0)
    return NULL;

  object = json_object_new ();
  json_object_set_string_member (object, name_member, g_ptr_array_index (pieces, 0));
  if (pieces->len > 1)
    set_string (object, by_member, g_ptr_array_index (pieces, 1));
  if (range.start[0] != '\0')
    set_string (object, date_member, range.start);

  return object;
}

static void
parse_dated_list (GPtrArray  *lines,
                  JsonArray  *out,
                  const char *name_member,
                  const char *by_member,
                  const char *date_member)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      JsonObject *object = dated_item (line->text, name_member, by_member, date_member);

      if (object != NULL)
        json_array_add_object_element (out, object);
    }
}

static void
parse_interests (Parser    *self,
                 GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      const char *colon = strchr (line->text, ':');
      g_autoptr(GPtrArray) items = NULL;
      g_autofree char *label = NULL;

      if (colon != NULL && colon - line->text <= 40 && colon[1] != '\0')
        {
          label = clean_fragment_n (line->text, colon - line->text);
          items = split_items (colon + 1);
        }
      else
        items = split_items (line->text);

      if (label != NULL && *label != '\0')
        {
          JsonObject *object = json_object_new ();

          json_object_set_string_member (object, "name", label);
          json_object_set_array_member (object, "keywords", array_from_strings (items));
          json_array_add_object_element (self->interests, object);
          continue;
        }

      for (guint j = 0; j < items->len; j++)
        {
          JsonObject *object = json_object_new ();

          json_object_set_string_member (object, "name", g_ptr_array_index (items, j));
          json_array_add_object_element (self->interests, object);
        }
    }
}

static void
parse_summary (Parser    *self,
               GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);

      if (self->summary->len > 0)
        g_string_append (self->summary, line->blank_before ? "\n\n" : " ");
      g_string_append (self->summary, line->text);
    }
}

static void
parse_section (Parser  *self,
               Section *section)
{
  g_autoptr(GPtrArray) lines = join_continuations (section->lines, section->kind);
  g_autoptr(GPtrArray) entries = NULL;

  switch (section->kind)
    {
    case SECTION_WORK:
    case SECTION_VOLUNTEER:
    case SECTION_EDUCATION:
    case SECTION_PROJECTS:
      entries = segment_entries (self, lines);
      for (guint i = 0; i < entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (entries, i);
          JsonObject *object = NULL;
          JsonArray *target = NULL;

          switch (section->kind)
            {
            case SECTION_WORK:
              object = work_object (entry, "name", TRUE);
              target = self->work;
              break;
            case SECTION_VOLUNTEER:
              object = work_object (entry, "organization", FALSE);
              target = self->volunteer;
              break;
            case SECTION_EDUCATION:
              object = education_object (entry);
              target = self->education;
              break;
            case SECTION_PROJECTS:
            default:
              object = project_object (entry);
              target = self->projects;
              break;
            }
          if (object != NULL)
            json_array_add_object_element (target, object);
        }
      break;

    case SECTION_SKILLS:
      parse_skills (self, lines);
      break;
    case SECTION_LANGUAGES:
      parse_languages (self, lines);
      break;
    case SECTION_CERTIFICATES:
      parse_dated_list (lines, self->certificates, "name", "issuer", "date");
      break;
    case SECTION_AWARDS:
      parse_dated_list (lines, self->awards, "title", "awarder", "date");
      break;
    case SECTION_INTERESTS:
      parse_interests (self, lines);
      break;
    case SECTION_SUMMARY:
      parse_summary (self, lines);
      break;
    case SECTION_HEADER:
    case SECTION_CONTACT:
    case SECTION_OTHER:
    default:
      break;
    }
}

/* Basics --------------------------------------------------------------------------------------- */

typedef struct
{
  JsonObject *basics;
  JsonArray  *profiles;
  GHashTable *networks;     /* folded network names already in profiles */
  char       *location;
  char       *street;
} Basics;

static gboolean
looks_like_name (const char *text)
{
  static const char * const particles[] = {
    "von", "van", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "bin", "al",
    "zu", "ten", "ter", "dos", "das", "y",
  };
  static const char * const not_names[] = {
    "curriculum vitae", "resume", "lebenslauf", "cv", "cover letter", "personal resume",
  };
  g_auto(GStrv) words = NULL;
  g_autofree char *key = NULL;
  SectionKind kind;
  guint n = count_words (text);

  if (n < 2 || n > 5 || strlen (text) > 60 || has_digit (text) ||
      strpbrk (text, "@/:|,()&+") != NULL)
    return FALSE;

  key = folded_key (text);
  if (IN_LIST (key, not_names) || classify_heading (text, &kind) || title_score (text) > 0 ||
      looks_like_location (text))
    return FALSE;

  words = g_strsplit (text, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!first_is_upper (words[i]) && !IN_LIST (words[i], particles))
        return FALSE;
      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && c != '-' && c != '\'' &&
              c != '.' && c != 0x2019)
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
looks_like_label (const char *text)
{
  gunichar last = last_char (text);
  SectionKind kind;
  g_autofree char *url = line_url (text);

  if (count_words (text) > 12 || strchr (text, '@') != NULL || url != NULL ||
      last == '.' || last == ':' || classify_heading (text, &kind) || looks_like_street (text))
    return FALSE;
  if (looks_like_location (text))
    return FALSE;
  /* "Silicon Valley, CA, USA" is a place; "Engineer, Speaker" a headline. */
  if (strchr (text, ',') != NULL && title_score (text) == 0)
    return FALSE;
  /* A telephone number */
  {
    guint digits = 0;

    for (const char *p = text; *p; p++)
      if (g_ascii_isdigit (*p))
        digits++;
    if (digits >= 6)
      return FALSE;
  }

  return TRUE;
}

static void
add_profile (Basics     *basics,
             const char *network,
             const char *username,
             const char *url)
{
  g_autofree char *key = voc_text_fold (network);
  JsonObject *object;

  if (g_hash_table_contains (basics->networks, key))
    return;
  g_hash_table_add (basics->networks, g_steal_pointer (&key));

  object = json_object_new ();
  json_object_set_string_member (object, "network", network);
  set_string (object, "username", username);
  set_string (object, "url", url);
  json_array_add_object_element (basics->profiles, object);
}

static void
take_url (Basics     *basics,
          const char *token)
{
  g_autofree char *url = normalize_url (token);
  const char *host = strstr (url, "://") + 3;
  const char *path = strchr (host, '/');
  g_autofree char *host_name = path != NULL ? g_ascii_strdown (host, path - host) :
                                              g_ascii_strdown (host, -1);
  const char *bare = g_str_has_prefix (host_name, "www.") ? host_name + 4 : host_name;

  for (guint i = 0; i < G_N_ELEMENTS (networks); i++)
    {
      const Network *network = &networks[i];
      g_autofree char *suffix = g_strconcat (".", network->host, NULL);
      g_autofree char *username = NULL;

      if (!g_str_equal (bare, network->host) && !g_str_has_suffix (bare, suffix))
        continue;

      if (network->prefix != NULL && path != NULL && g_str_has_prefix (path, network->prefix))
        {
          const char *start = path + strlen (network->prefix);
          const char *end = start + strcspn (start, "/?#");

          if (end > start)
            username = g_strndup (start, end - start);
        }
      add_profile (basics, network->network, username, url);
      return;
    }

  if (!json_object_has_member (basics->basics, "url"))
    json_object_set_string_member (basics->basics, "url", url);
}

static char *
find_email (const char *text)
{
  static GRegex *regex;
  static gsize initialized;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&initialized))
    {
      regex = g_regex_new ("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", 0, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  if (!g_regex_match (regex, text, 0, &match))
    return NULL;

  return g_match_info_fetch (match, 0);
}

/* "(123) 456-7890", "+49 170 1234567", "555-555-5555": seven to fifteen digits. */
static char *
find_phone (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      const char *q;
      const char *end;
      guint digits = 0;

      if (!g_ascii_isdigit (*p) && *p != '+' && *p != '(')
        continue;
      if (p > text && (g_ascii_isalnum (p[-1]) || strchr ("./-@_", p[-1]) != NULL))
        continue;

      for (q = p; *q != '\0' && (g_ascii_isdigit (*q) || strchr (" +().-/", *q) != NULL); q++)
        if (g_ascii_isdigit (*q))
          digits++;
      end = q;
      while (end > p && !g_ascii_isdigit (end[-1]))
        end--;

      if (digits >= 7 && digits <= 15 && !g_ascii_isalpha (*q))
        {
          g_autofree char *candidate = g_strndup (p, end - p);
          VocDateRange range;

          if (*p == '(' && strchr (candidate, ')') == NULL)
            memmove (candidate, candidate + 1, strlen (candidate));
          g_strstrip (candidate);
          if (!(voc_resume_date_range_find (candidate, &range) &&
                (range.end[0] != '\0' || range.current)))
            return g_steal_pointer (&candidate);
        }

      if (q > p)
        p = q - 1;
    }

  return NULL;
}

static JsonObject *
location_object (const char *text,
                 const char *street)
{
  g_auto(GStrv) raw = g_strsplit (text, ",", -1);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object = json_object_new ();
  guint i = 0;

  for (guint j = 0; raw[j] != NULL; j++)
    {
      char *part = g_strstrip (g_strdup (raw[j]));

      if (*part != '\0')
        g_ptr_array_add (parts, part);
      else
        g_free (part);
    }

  set_string (object, "address", street);
  if (i < parts->len && looks_like_street (g_ptr_array_index (parts, i)))
    {
      if (street == NULL)
        set_string (object, "address", g_ptr_array_index (parts, i));
      i++;
    }
  if (i < parts->len)
    {
      const char *part = g_ptr_array_index (parts, i);
      const char *p = part;

      while (g_ascii_isdigit (*p))
        p++;
      if (p - part >= 4 && p - part <= 5 && *p == ' ')
        {
          g_autofree char *code = g_strndup (part, p - part);

          set_string (object, "postalCode", code);
          set_string (object, "city", p + 1);
        }
      else
        set_string (object, "city", part);
      i++;
    }
  for (; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);
      g_autofree char *key = folded_key (part);
      const char *code = NULL;

      for (guint c = 0; c < G_N_ELEMENTS (country_codes); c++)
        if (g_str_equal (key, country_codes[c].name))
          code = country_codes[c].code;

      if (code != NULL)
        set_string (object, "countryCode", code);
      else if (!json_object_has_member (object, "region"))
        set_string (object, "region", part);
    }

  return object;
}

static gboolean
is_network_name (const char *text,
                 guint      *index)
{
  g_autofree char *key = folded_key (text);

  for (guint i = 0; i < G_N_ELEMENTS (network_names); i++)
    if (g_str_equal (key, network_names[i].folded))
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
is_handle (const char *text)
{
  const char *at = strchr (text, '@');
  guint index;

  /* "johndoe" or "@johndoe", not an address or a sentence */
  return *text != '\0' && (at == NULL || at == text) && strchr (text, ' ') == NULL &&
         strchr (text, '.') == NULL && strlen (text) <= 40 && !is_network_name (text, &index);
}

static void
add_network_profile (Basics     *basics,
                     guint       index,
                     const char *handle)
{
  const char *username = handle[0] == '@' ? handle + 1 : handle;
  g_autofree char *url = NULL;

  if (network_names[index].host != NULL)
    url = g_strconcat ("https://", network_names[index].host, username, NULL);
  add_profile (basics, network_names[index].network, username, url);
}

/* "Email: …", "LinkedIn: johndoe", "Telefon: …". */
static gboolean
take_labelled (Basics     *basics,
               const char *segment)
{
  static const char * const email_labels[] = { "email", "e mail", "mail" };
  static const char * const phone_labels[] = {
    "phone", "tel", "telephone", "telefon", "mobile", "mobil", "handy", "cell", "telefono",
    "portable",
  };
  static const char * const url_labels[] = {
    "website", "web", "homepage", "url", "portfolio", "blog", "site", "webseite",
  };
  static const char * const place_labels[] = {
    "address", "adresse", "location", "ort", "wohnort", "standort", "city", "direccion",
  };
  const char *colon = strchr (segment, ':');
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;
  guint index;

  if (colon == NULL || colon - segment > 20 || colon[1] == '/')
    return FALSE;

  {
    g_autofree char *raw = g_strndup (segment, colon - segment);

    label = folded_key (raw);
  }
  value = clean_fragment (colon + 1);
  if (*value == '\0')
    return FALSE;

  if (IN_LIST (label, email_labels))
    {
      g_autofree char *email = find_email (value);

      if (email != NULL && !json_object_has_member (basics->basics, "email"))
        json_object_set_string_member (basics->basics, "email", email);
      return TRUE;
    }
  if (IN_LIST (label, phone_labels))
    {
      if (!json_object_has_member (basics->basics, "phone"))
        json_object_set_string_member (basics->basics, "phone", value);
      return TRUE;
    }
  if (IN_LIST (label, url_labels) && looks_like_url (value))
    {
      take_url (basics, value);
      return TRUE;
    }
  if (IN_LIST (label, place_labels))
    {
      if (basics->location == NULL)
        basics->location = g_strdup (value);
      return TRUE;
    }
  if (is_network_name (label, &index))
    {
      if (looks_like_url (value))
        take_url (basics, value);
      else if (is_handle (value))
        add_network_profile (basics, index, value);
      return TRUE;
    }

  return FALSE;
}

static void
take_contacts (Basics     *basics,
               const char *line)
{
  static const char * const separators[] = {
    " | ", " • ", " · ", " — ", " – ", " ◦ ", " ⋄ ", " ✉ ", "  ",
  };
  g_autoptr(GPtrArray) segments = NULL;

  /* Contact details are short; a long line here is prose (or junk). */
  if (strlen (line) > 1000)
    return;

  segments = cut (line, separators, G_N_ELEMENTS (separators));
  for (guint i = 0; i < segments->len; i++)
    {
      const char *segment = g_ptr_array_index (segments, i);
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;
      g_auto(GStrv) tokens = NULL;
      gboolean had_url = FALSE;

      if (take_labelled (basics, segment))
        continue;

      email = find_email (segment);
      if (email != NULL && !json_object_has_member (basics->basics, "email"))
        json_object_set_string_member (basics->basics, "email", email);

      tokens = g_strsplit (segment, " ", -1);
      for (guint t = 0; tokens[t] != NULL; t++)
        {
          g_autofree char *token = g_strdup (tokens[t]);

          g_strstrip (token);
          while (*token != '\0' && strchr ("()<>[],;\"'", token[0]) != NULL)
            memmove (token, token + 1, strlen (token));
          while (*token != '\0' && strchr ("()<>[],;\"'.", token[strlen (token) - 1]) != NULL)
            token[strlen (token) - 1] = '\0';
          if (*token != '\0' && looks_like_url (token))
            {
              take_url (basics, token);
              had_url = TRUE;
            }
        }
      if (email != NULL || had_url)
        continue;

      phone = find_phone (segment);
      if (phone != NULL)
        {
          if (!json_object_has_member (basics->basics, "phone"))
            json_object_set_string_member (basics->basics, "phone", phone);
          continue;
        }

      if (basics->location == NULL &&
          (looks_like_place (segment, TRUE) ||
           (looks_like_street (segment) && strchr (segment, ',') != NULL)))
        basics->location = g_strdup (segment);
      else if (basics->street == NULL && basics->location == NULL && looks_like_street (segment))
        basics->street = g_strdup (segment);
    }
}

static void
parse_basics (Parser     *self,
              GPtrArray  *header,
              GPtrArray  *contact,
              JsonObject *object)
{
  Basics basics = { object, json_array_new (), g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                        g_free, NULL),
                    NULL, NULL };
  g_autoptr(GHashTable) consumed = g_hash_table_new (NULL, NULL);
  int name = -1;

  for (guint i = 0; i < header->len && name < 0; i++)
    {
      const Line *line = g_ptr_array_index (header, i);

      if (looks_like_name (line->text))
        {
          g_autofree char *text = title_case_if_upper (line->text);

          name = i;
          json_object_set_string_member (object, "name", text);
          g_hash_table_add (consumed, (gpointer) line);
        }
    }

  if (name >= 0 && (guint) name + 1 < header->len)
    {
      const Line *line = g_ptr_array_index (header, name + 1);

      if (looks_like_label (line->text) && !looks_like_name (line->text))
        {
          json_object_set_string_member (object, "label", line->text);
          g_hash_table_add (consumed, (gpointer) line);
        }
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *lines = pass == 0 ? header : contact;

      /* "johndoe" / "LinkedIn": handle and network on lines of their own. */
      for (guint i = 1; i < lines->len; i++)
        {
          const Line *prev = g_ptr_array_index (lines, i - 1);
          const Line *line = g_ptr_array_index (lines, i);
          guint index;

          if (!g_hash_table_contains (consumed, prev) && is_network_name (line->text, &index) &&
              is_handle (prev->text))
            {
              add_network_profile (&basics, index, prev->text);
              g_hash_table_add (consumed, (gpointer) prev);
              g_hash_table_add (consumed, (gpointer) line);
            }
        }

      for (guint i = 0; i < lines->len; i++)
        {
          const Line *line = g_ptr_array_index (lines, i);

          if (!g_hash_table_contains (consumed, line))
            take_contacts (&basics, line->text);
        }
    }

  if (basics.location != NULL)
    json_object_set_object_member (object, "location",
                                   location_object (basics.location, basics.street));
  else if (basics.street != NULL)
    {
      JsonObject *location = json_object_new ();

      json_object_set_string_member (location, "address", basics.street);
      json_object_set_object_member (object, "location", location);
    }

  if (self->summary->len > 0)
    json_object_set_string_member (object, "summary", self->summary->str);

  if (json_array_get_length (basics.profiles) > 0)
    json_object_set_array_member (object, "profiles", json_array_ref (basics.profiles));

  json_array_unref (basics.profiles);
  g_hash_table_unref (basics.networks);
  g_free (basics.location);
  g_free (basics.street);
}

/* Public API ----------------------------------------------------------------------------------- */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xa0 && c != 0xfeff && c != 0x200b)
        return FALSE;
    }

  return TRUE;
}

static void
warning_free (Warning *warning)
{
  g_free (warning->text);
  g_free (warning);
}

static int
compare_warnings (gconstpointer a,
                  gconstpointer b)
{
  const Warning *wa = *(const Warning * const *) a;
  const Warning *wb = *(const Warning * const *) b;

  return wa->line < wb->line ? -1 : wa->line > wb->line;
}

static gboolean
has_prose (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (count_words (((Line *) g_ptr_array_index (lines, i))->text) >= 4)
      return TRUE;

  return FALSE;
}

static void
set_array (JsonObject *root,
           const char *member,
           JsonArray  *array)
{
  if (json_array_get_length (array) > 0)
    json_object_set_array_member (root, member, json_array_ref (array));
}

/**
 * voc_resume_parse_text:
 * @text: a résumé's text, as voc_extract_text() gives it
 * @error: return location for a #VOC_RESUME_PARSE_ERROR
 *
 * Reads a résumé into a draft shaped like JSON Resume 1.2.1, holding only the fields found:
 * `basics` (name, label, email, phone, url, location, profiles, summary), `work`,
 * `volunteer`, `education` (with a `highlights` list beyond the schema), `awards`,
 * `certificates`, `skills`, `languages`, `interests`, `projects`. Lines whose dates could not
 * be read are listed, as sentences for the user, in `meta.warnings`.
 *
 * Returns: (transfer full): the draft, or %NULL when the text is empty or has no section a
 *   résumé has
 */
JsonObject *
voc_resume_parse_text (const char  *text,
                       GError     **error)
{
  g_autofree char *valid = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) contact = NULL;
  Parser parser = { 0 };
  JsonObject *root;
  JsonObject *basics;
  JsonObject *meta;
  guint recognised = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL || is_blank (text))
    {
      g_set_error_literal (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_EMPTY,
                           _("The text is empty."));
      return NULL;
    }

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  lines = split_lines (text);
  sections = split_sections (lines, &recognised);
  if (recognised == 0)
    {
      g_set_error_literal (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_NO_SECTIONS,
                           _("The text has no sections a resume has (Experience, Education, "
                             "Skills…)."));
      return NULL;
    }

  parser.dictionary = voc_skill_dictionary_get_default ();
  parser.warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) warning_free);
  parser.work = json_array_new ();
  parser.volunteer = json_array_new ();
  parser.education = json_array_new ();
  parser.awards = json_array_new ();
  parser.certificates = json_array_new ();
  parser.skills = json_array_new ();
  parser.languages = json_array_new ();
  parser.interests = json_array_new ();
  parser.projects = json_array_new ();
  parser.skills_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.languages_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.summary = g_string_new (NULL);

  contact = g_ptr_array_new ();
  for (guint i = 0; i < sections->len; i++)
    {
      Section *section = g_ptr_array_index (sections, i);

      /* A "summary" of handles and network names is a column of links beside it. */
      if (section->kind == SECTION_SUMMARY && !has_prose (section->lines))
        section->kind = SECTION_CONTACT;

      parse_section (&parser, section);
      if (section->kind == SECTION_CONTACT)
        for (guint j = 0; j < section->lines->len; j++)
          g_ptr_array_add (contact, g_ptr_array_index (section->lines, j));
    }

  root = json_object_new ();
  basics = json_object_new ();
  parse_basics (&parser, ((Section *) g_ptr_array_index (sections, 0))->lines, contact, basics);
  if (json_object_get_size (basics) > 0)
    json_object_set_object_member (root, "basics", basics);
  else
    json_object_unref (basics);

  set_array (root, "work", parser.work);
  set_array (root, "volunteer", parser.volunteer);
  set_array (root, "education", parser.education);
  set_array (root, "awards", parser.awards);
  set_array (root, "certificates", parser.certificates);
  set_array (root, "skills", parser.skills);
  set_array (root, "languages", parser.languages);
  set_array (root, "interests", parser.interests);
  set_array (root, "projects", parser.projects);

  if (parser.warnings->len > 0)
    {
      JsonArray *warnings = json_array_new ();

      /* In the order of the lines, as the user reads the document. */
      g_ptr_array_sort (parser.warnings, compare_warnings);
      for (guint i = 0; i < parser.warnings->len; i++)
        json_array_add_string_element (warnings,
                                       ((Warning *) g_ptr_array_index (parser.warnings, i))->text);
      meta = json_object_new ();
      json_object_set_array_member (meta, "warnings", warnings);
      json_object_set_object_member (root, "meta", meta);
    }

  g_ptr_array_unref (parser.warnings);
  json_array_unref (parser.work);
  json_array_unref (parser.volunteer);
  json_array_unref (parser.education);
  json_array_unref (parser.awards);
  json_array_unref (parser.certificates);
  json_array_unref (parser.skills);
  json_array_unref (parser.languages);
  json_array_unref (parser.interests);
  json_array_unref (parser.projects);
  g_hash_table_unref (parser.skills_seen);
  g_hash_table_unref (parser.languages_seen);
  g_string_free (parser.summary, TRUE);

  return root;
}

/* "John Doe - CV", "Lebenslauf_Max_Mustermann": a name in the document's title. */
static char *
name_from_title (const char *title)
{
  static const char * const separators[] = { " - ", " – ", " — ", " | ", ": " };
  static const char * const noise[] = {
    "cv", "resume", "lebenslauf", "curriculum", "vitae", "résumé", "cover", "letter",
  };
  g_autofree char *spaced = g_strdelimit (g_strdup (title), "_", ' ');
  g_autoptr(GPtrArray) pieces = cut (spaced, separators, G_N_ELEMENTS (separators));

  for (guint i = 0; i < pieces->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (pieces, i), " ", -1);
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      g_autofree char *candidate = NULL;

      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *key = voc_text_fold (words[w]);

          if (*words[w] != '\0' && !IN_LIST (key, noise))
            g_ptr_array_add (kept, words[w]);
        }
      candidate = join_strings (kept, " ");
      if (looks_like_name (candidate))
        return title_case_if_upper (candidate);
    }

  return NULL;
}

/**
 * voc_resume_parse_file_contents:
 * @extracted: what voc_extract_text() got out of a résumé file
 * @error: return location for a #VOC_RESUME_PARSE_ERROR
 *
 * Like voc_resume_parse_text(), and takes the person's name from the document's title when
 * the text does not show it.
 *
 * Returns: (transfer full): the draft, or %NULL with @error set
 */
JsonObject *
voc_resume_parse_file_contents (VocExtracted  *extracted,
                                GError       **error)
{
  JsonObject *root;
  JsonObject *basics;

  g_return_val_if_fail (extracted != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = voc_resume_parse_text (extracted->text, error);
  if (root == NULL || extracted->title == NULL)
    return root;

  if (!json_object_has_member (root, "basics"))
    json_object_set_object_member (root, "basics", json_object_new ());
  basics = json_object_get_object_member (root, "basics");
  if (!json_object_has_member (basics, "name"))
    {
      g_autofree char *name = name_from_title (extracted->title);

      if (name != NULL)
        json_object_set_string_member (basics, "name", name);
      else if (json_object_get_size (basics) == 0)
        json_object_remove_member (root, "basics");
    }

  return root;
}
