/* voc-fit-store.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "voc-date.h"
#include "voc-fit-store.h"
#include "voc-repositories.h"
#include "voc-resume-versions.h"
#include "voc-store-private.h"
#include "voc-vector.h"

/*
 * Fit scores in the database. The library is read once into the engine's structures and
 * kept until a row of the resume changes (#VocDatabase::rows-changed). A score is stored with
 * the digest of what it was computed from — scorer version, library, posting — so that
 * rescoring recomputes exactly the stale ones.
 *
 * Rescoring every posting runs in a worker thread with a connection of its own to the same
 * file (WAL lets it write while the main connection reads): it seals the library, brings the
 * bullet vectors up to date, then reads a batch of postings, scores them, computes their
 * text vectors and writes the batch in one transaction. After each commit it hands the rows
 * it wrote to the main thread, which counts the progress and emits #VocDatabase::rows-changed
 * for them on the main connection (voc_database_notify_changed()), so that live lists
 * update; the worker starts the next batch once the main thread has taken them, so it never
 * runs ahead of what the window shows, and a cancel seen there stops it before the next batch.
 * The main thread only reads the library's rows (when not cached) and counts the postings:
 * no scoring and no writing, however many postings there are. Cancelling stops between
 * batches, each of them whole.
 */

#define BATCH 500
#define ACK_WAIT_US (100 * G_TIME_SPAN_MILLISECOND)

struct _VocFitStore
{
  GObject        parent_instance;

  VocDatabase   *database;
  gulong         changed_id;
  VocFitLibrary *library;     /* cached; NULL when stale */
  guint          generation;  /* counts changes of the library's tables */
  char          *today;

  gboolean       running;
  guint          n_total;
  guint          n_done;
};

G_DEFINE_FINAL_TYPE (VocFitStore, voc_fit_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_RUNNING,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables whose rows the library is read from. */
static const char * const library_tables[] = {
  "profile", "skill", "experience", "engagement", "bullet", "education", "certification",
  "project",
};

typedef struct
{
  gint64  id;
  char   *title;
  char   *seniority;
  char   *location;
  char   *remote_mode;
  gint64  yearly_min;
  gint64  yearly_max;
  char   *currency;
  char   *skills;
  char   *sections;
  char   *text;
  char   *vector_version;
  char   *vector_sha;
  GBytes *vector;
  char   *fit_inputs;

  /* Filled by process_row. */
  char          *text_sha;
  char          *inputs;
  float         *new_vector;   /* NULL when the stored one is current */
  VocFitResult  *result;       /* NULL when the stored score is current */
  char          *factors_json;
  char          *matched_json;
  char          *missing_json;
  GBytes        *vector_bytes;
  GError        *error;
} PostingRow;

static void
posting_row_clear (PostingRow *row)
{
  g_free (row->title);
  g_free (row->seniority);
  g_free (row->location);
  g_free (row->remote_mode);
  g_free (row->currency);
  g_free (row->skills);
  g_free (row->sections);
  g_free (row->text);
  g_free (row->vector_version);
  g_free (row->vector_sha);
  g_clear_pointer (&row->vector, g_bytes_unref);
  g_free (row->fit_inputs);
  g_free (row->text_sha);
  g_free (row->inputs);
  g_free (row->new_vector);
  g_clear_pointer (&row->result, voc_fit_result_free);
  g_free (row->factors_json);
  g_free (row->matched_json);
  g_free (row->missing_json);
  g_clear_pointer (&row->vector_bytes, g_bytes_unref);
  g_clear_error (&row->error);
}

/* Helpers */

static char *
column_dup (sqlite3_stmt *stmt,
            int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

static gint64
column_int_or (sqlite3_stmt *stmt,
               int           i,
               gint64        fallback)
{
  return sqlite3_column_type (stmt, i) == SQLITE_NULL ? fallback : sqlite3_column_int64 (stmt, i);
}

/* A JSON list of text as a string vector; anything else as an empty one. */
static GStrv
json_strv (const char *json)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  if (json != NULL)
    node = json_from_string (json, NULL);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  return g_strv_builder_end (builder);
}

static gboolean
step_error (VocDatabase   *database,
            sqlite3_stmt  *stmt,
            int            rc,
            GError       **error)
{
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  voc_database_set_error (database, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* Reading the library */

static gboolean
read_library (VocFitStore    *self,
              VocFitLibrary  *library,
              GError        **error)
{
  VocDatabase *db = self->database;
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (db, "SELECT headline, summary, target_roles, location, "
                                   "remote_preference, salary_min_cents, salary_max_cents, "
                                   "salary_currency FROM profile WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) roles = json_strv ((const char *) sqlite3_column_text (stmt, 2));

      voc_fit_library_set_profile (library, (const char *) sqlite3_column_text (stmt, 0),
                                   (const char *) sqlite3_column_text (stmt, 1),
                                   (const char * const *) roles,
                                   (const char *) sqlite3_column_text (stmt, 3),
                                   (const char *) sqlite3_column_text (stmt, 4),
                                   column_int_or (stmt, 5, -1), column_int_or (stmt, 6, -1),
                                   (const char *) sqlite3_column_text (stmt, 7));
      rc = sqlite3_step (stmt);
    }
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT name, keywords, years FROM skill "
                                   "ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) keywords = json_strv ((const char *) sqlite3_column_text (stmt, 1));

      voc_fit_library_add_skill (library, (const char *) sqlite3_column_text (stmt, 0),
                                 (const char * const *) keywords,
                                 sqlite3_column_type (stmt, 2) == SQLITE_NULL
                                   ? -1 : sqlite3_column_double (stmt, 2));
    }
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT id, title, employer, start_date, end_date, "
                                   "description FROM experience ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    voc_fit_library_add_experience (library, sqlite3_column_int64 (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3),
                                    (const char *) sqlite3_column_text (stmt, 4),
                                    (const char *) sqlite3_column_text (stmt, 5));
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT b.id, b.uuid, coalesce (b.experience_id, "
                                   "g.experience_id, 0), b.text, b.tags, b.importance "
                                   "FROM bullet b LEFT JOIN engagement g "
                                   "ON g.id = b.engagement_id WHERE b.retired = 0 "
                                   "ORDER BY b.id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) tags = json_strv ((const char *) sqlite3_column_text (stmt, 4));

      voc_fit_library_add_bullet (library, sqlite3_column_int64 (stmt, 0),
                                  (const char *) sqlite3_column_text (stmt, 1),
                                  sqlite3_column_int64 (stmt, 2),
                                  (const char *) sqlite3_column_text (stmt, 3),
                                  (const char * const *) tags, sqlite3_column_int (stmt, 5));
    }
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT institution, area, study_type FROM education "
                                   "ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    voc_fit_library_add_education (library, (const char *) sqlite3_column_text (stmt, 0),
                                   (const char *) sqlite3_column_text (stmt, 1),
                                   (const char *) sqlite3_column_text (stmt, 2));
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT name, issuer FROM certification ORDER BY id",
                               error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    voc_fit_library_add_certification (library, (const char *) sqlite3_column_text (stmt, 0),
                                       (const char *) sqlite3_column_text (stmt, 1));
  if (!step_error (db, stmt, rc, error))
    return FALSE;

  stmt = voc_database_prepare (db, "SELECT name, description, highlights, keywords "
                                   "FROM project ORDER BY position, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) highlights = json_strv ((const char *) sqlite3_column_text (stmt, 2));
      g_auto(GStrv) keywords = json_strv ((const char *) sqlite3_column_text (stmt, 3));
      g_autofree char *h = g_strjoinv ("\n", highlights);
      g_autofree char *k = g_strjoinv (", ", keywords);
      g_autofree char *text = g_strjoin ("\n",
                                         (const char *) sqlite3_column_text (stmt, 0),
                                         sqlite3_column_text (stmt, 1) != NULL
                                           ? (const char *) sqlite3_column_text (stmt, 1) : "",
                                         h, k, NULL);

      voc_fit_library_add_text (library, text);
    }
  return step_error (db, stmt, rc, error);
}

/* The library's rows, read; sealing it (finding the skills of every bullet, building the
 * BM25 index: some 20 ms for 200 bullets) can then happen in a worker. */
static VocFitLibrary *
read_unsealed (VocFitStore  *self,
               GError      **error)
{
  g_autoptr(VocFitLibrary) library = voc_fit_library_new (voc_skill_dictionary_get_default (),
                                                          self->today);

  if (!read_library (self, library, error))
    return NULL;
  return g_steal_pointer (&library);
}

/**
 * voc_fit_store_dup_library:
 *
 * Returns: (transfer full): the library as it is now, sealed; read once and cached until a
 *   row of the resume changes
 */
VocFitLibrary *
voc_fit_store_dup_library (VocFitStore  *self,
                           GError      **error)
{
  g_autoptr(VocFitLibrary) library = NULL;

  g_return_val_if_fail (VOC_IS_FIT_STORE (self), NULL);

  if (self->library != NULL)
    return voc_fit_library_ref (self->library);

  library = read_unsealed (self, error);
  if (library == NULL)
    return NULL;
  voc_fit_library_seal (library);

  self->library = voc_fit_library_ref (library);
  return g_steal_pointer (&library);
}

/* Reading postings */

#define POSTING_COLUMNS \
  "SELECT p.id, p.title, p.seniority, p.location, p.remote_mode, p.salary_yearly_min_cents, " \
  "p.salary_yearly_max_cents, p.salary_currency, p.skills, p.sections, t.clean_text, " \
  "v.version, v.text_sha256, v.vector, f.inputs_sha256 FROM job_posting p " \
  "LEFT JOIN job_posting_text t ON t.posting_id = p.id " \
  "LEFT JOIN posting_vector v ON v.posting_id = p.id " \
  "LEFT JOIN fit f ON f.posting_id = p.id AND f.resume_version_id IS NULL "

static void
read_row (sqlite3_stmt *stmt,
          PostingRow   *row)
{
  row->id = sqlite3_column_int64 (stmt, 0);
  row->title = column_dup (stmt, 1);
  row->seniority = column_dup (stmt, 2);
  row->location = column_dup (stmt, 3);
  row->remote_mode = column_dup (stmt, 4);
  row->yearly_min = column_int_or (stmt, 5, -1);
  row->yearly_max = column_int_or (stmt, 6, -1);
  row->currency = column_dup (stmt, 7);
  row->skills = column_dup (stmt, 8);
  row->sections = column_dup (stmt, 9);
  row->text = column_dup (stmt, 10);
  row->vector_version = column_dup (stmt, 11);
  row->vector_sha = column_dup (stmt, 12);
  if (sqlite3_column_type (stmt, 13) == SQLITE_BLOB)
    row->vector = g_bytes_new (sqlite3_column_blob (stmt, 13), sqlite3_column_bytes (stmt, 13));
  row->fit_inputs = column_dup (stmt, 14);
}

/* The text of a posting without a stored body: its sections, else its title. */
static char *
posting_text (PostingRow *row)
{
  g_autoptr(JsonNode) node = NULL;
  GString *text;

  if (row->text != NULL && *row->text != '\0')
    return g_strdup (row->text);

  text = g_string_new (row->title);
  if (row->sections != NULL)
    node = json_from_string (row->sections, NULL);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            g_string_append_printf (text, "\n%s",
                                    json_object_get_string_member_with_default (
                                      json_node_get_object (element), "text", ""));
        }
    }

  return g_string_free (text, FALSE);
}

/* Scores one posting unless its stored score is current (and @all is false). Runs in any
 * thread: it reads only @row and the sealed library. */
static VocFitPosting *
process_row (VocFitLibrary *library,
             PostingRow    *row,
             gboolean       all)
{
  g_autofree char *text = posting_text (row);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(VocFitPosting) posting = NULL;
  float vector[VOC_VECTOR_DIM];
  g_autofree char *numbers = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                                              row->yearly_min, row->yearly_max);
  const char *parts[] = { VOC_FIT_SCORER_VERSION, VOC_VECTOR_VERSION,
                          voc_fit_library_get_fingerprint (library), row->title, row->seniority,
                          row->location, row->remote_mode, numbers, row->currency, row->skills,
                          NULL };

  row->text_sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  if (g_strcmp0 (row->vector_version, VOC_VECTOR_VERSION) != 0 ||
      g_strcmp0 (row->vector_sha, row->text_sha) != 0 || row->vector == NULL ||
      !voc_vector_from_bytes (g_bytes_get_data (row->vector, NULL),
                              g_bytes_get_size (row->vector), vector, NULL))
    {
      voc_vector_embed (text, vector);
      row->new_vector = g_memdup2 (vector, sizeof vector);
      row->vector_bytes = voc_vector_to_bytes (vector);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_checksum_update (checksum, (const guchar *) (parts[i] != NULL ? parts[i] : "\x1e"), -1);
      g_checksum_update (checksum, (const guchar *) "\x1f", 1);
    }
  g_checksum_update (checksum, (const guchar *) row->text_sha, -1);
  row->inputs = g_strdup (g_checksum_get_string (checksum));

  posting = voc_fit_posting_new (row->title, row->seniority, row->location, row->remote_mode,
                                 row->yearly_min, row->yearly_max, row->currency);
  if (!voc_fit_posting_add_skills_json (posting, voc_fit_library_get_dictionary (library),
                                        row->skills, &row->error))
    g_prefix_error (&row->error, "posting %" G_GINT64_FORMAT ": ", row->id);
  voc_fit_posting_set_text (posting, text);
  voc_fit_posting_set_vector (posting, vector);

  /* Everything the row needs written is prepared here, off the main thread. */
  if (all || g_strcmp0 (row->inputs, row->fit_inputs) != 0)
    {
      row->result = voc_fit_score (library, posting);
      row->factors_json = voc_fit_result_dup_factors_json (row->result);
      row->matched_json = voc_fit_result_dup_matched_json (row->result);
      row->missing_json = voc_fit_result_dup_missing_json (row->result);
    }

  return g_steal_pointer (&posting);
}

/* Writing */

static gboolean
write_row (VocDatabase  *db,
           PostingRow   *row,
           GError      **error)
{
  sqlite3_stmt *stmt;

  if (row->vector_bytes != NULL)
    {
      GBytes *bytes = row->vector_bytes;

      stmt = voc_database_prepare (db, "INSERT INTO posting_vector (posting_id, version, "
                                       "text_sha256, vector) VALUES (?1, ?2, ?3, ?4) "
                                       "ON CONFLICT (posting_id) DO UPDATE SET "
                                       "version = excluded.version, "
                                       "text_sha256 = excluded.text_sha256, "
                                       "vector = excluded.vector", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row->id);
      sqlite3_bind_text (stmt, 2, VOC_VECTOR_VERSION, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, row->text_sha, -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob (stmt, 4, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         SQLITE_TRANSIENT);
      if (!voc_database_step_done (db, stmt, error))
        return FALSE;
    }

  if (row->result != NULL)
    {
      g_autoptr(GDateTime) now = voc_date_time_now_utc ();
      g_autofree char *stamp = voc_date_time_to_iso8601 (now);
      g_autofree char *uuid = g_uuid_string_random ();

      stmt = voc_database_prepare (db, "INSERT INTO fit (uuid, created_at, updated_at, "
                                       "posting_id, score, scorer_version, factors, "
                                       "matched_skills, missing_skills, rationale, "
                                       "inputs_sha256) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, "
                                       "?8, ?9, ?10) "
                                       "ON CONFLICT (posting_id, coalesce (resume_version_id, 0)) "
                                       "DO UPDATE SET updated_at = excluded.updated_at, "
                                       "score = excluded.score, "
                                       "scorer_version = excluded.scorer_version, "
                                       "factors = excluded.factors, "
                                       "matched_skills = excluded.matched_skills, "
                                       "missing_skills = excluded.missing_skills, "
                                       "rationale = excluded.rationale, "
                                       "inputs_sha256 = excluded.inputs_sha256", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, row->id);
      sqlite3_bind_int (stmt, 4, row->result->score);
      sqlite3_bind_text (stmt, 5, VOC_FIT_SCORER_VERSION, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, row->factors_json, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, row->matched_json, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, row->missing_json, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, row->result->rationale, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 10, row->inputs, -1, SQLITE_TRANSIENT);
      if (!voc_database_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Bullet vectors, computed again for bullets whose text changed. */
static gboolean
update_bullet_vectors (VocDatabase  *db,
                       GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (db, "SELECT b.id, b.text, v.version, v.text_sha256 FROM bullet b "
                                   "LEFT JOIN bullet_vector v ON v.bullet_id = b.id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), VOC_VECTOR_VERSION) != 0 ||
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), sha) != 0)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
          g_ptr_array_add (texts, g_strdup (text));
        }
    }
  if (!step_error (db, stmt, rc, error))
    return FALSE;
  if (ids->len == 0)
    return TRUE;

  if (!voc_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      float vector[VOC_VECTOR_DIM];
      g_autoptr(GBytes) bytes = NULL;

      voc_vector_embed (text, vector);
      bytes = voc_vector_to_bytes (vector);
      stmt = voc_database_prepare (db, "INSERT INTO bullet_vector (bullet_id, version, "
                                       "text_sha256, vector) VALUES (?1, ?2, ?3, ?4) "
                                       "ON CONFLICT (bullet_id) DO UPDATE SET "
                                       "version = excluded.version, "
                                       "text_sha256 = excluded.text_sha256, "
                                       "vector = excluded.vector", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_text (stmt, 2, VOC_VECTOR_VERSION, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1),
                         -1, g_free);
      sqlite3_bind_blob (stmt, 4, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         SQLITE_TRANSIENT);
      if (!voc_database_step_done (db, stmt, error))
        goto failed;
    }
  return voc_database_commit (db, error);

failed:
  voc_database_rollback (db);
  return FALSE;
}

/* GObject */

static void
on_database_rows_changed_cb (VocDatabase *database,
                             const char  *table,
                             GArray      *changes,
                             VocFitStore *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (library_tables); i++)
    if (g_str_equal (table, library_tables[i]))
      {
        g_clear_pointer (&self->library, voc_fit_library_unref);
        self->generation++;
        return;
      }
}

static void
voc_fit_store_dispose (GObject *object)
{
  VocFitStore *self = VOC_FIT_STORE (object);

  g_clear_signal_handler (&self->changed_id, self->database);
  g_clear_object (&self->database);
  g_clear_pointer (&self->library, voc_fit_library_unref);

  G_OBJECT_CLASS (voc_fit_store_parent_class)->dispose (object);
}

static void
voc_fit_store_finalize (GObject *object)
{
  VocFitStore *self = VOC_FIT_STORE (object);

  g_free (self->today);

  G_OBJECT_CLASS (voc_fit_store_parent_class)->finalize (object);
}

static void
voc_fit_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocFitStore *self = VOC_FIT_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, voc_fit_store_get_fraction (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_fit_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VocFitStore *self = VOC_FIT_STORE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      self->changed_id = g_signal_connect (self->database, "rows-changed",
                                           G_CALLBACK (on_database_rows_changed_cb), self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_fit_store_class_init (VocFitStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_fit_store_dispose;
  object_class->finalize = voc_fit_store_finalize;
  object_class->get_property = voc_fit_store_get_property;
  object_class->set_property = voc_fit_store_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VOC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_fit_store_init (VocFitStore *self)
{
}

/* Public API */

VocFitStore *
voc_fit_store_new (VocDatabase *database)
{
  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  return g_object_new (VOC_TYPE_FIT_STORE, "database", database, NULL);
}

static void
shared_free (GWeakRef *weak)
{
  g_weak_ref_clear (weak);
  g_free (weak);
}

/**
 * voc_fit_store_dup_shared:
 *
 * The store everyone on @database shares (the window's rescoring, the job detail's fit), so
 * that the library is read and sealed once and its cache dropped once when it changes. Kept
 * while someone holds it; the next call after that makes a new one. Main thread only.
 *
 * Returns: (transfer full): the shared store of @database
 */
VocFitStore *
voc_fit_store_dup_shared (VocDatabase *database)
{
  static GQuark quark;
  GWeakRef *weak;
  VocFitStore *store;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  if (quark == 0)
    quark = g_quark_from_static_string ("voc-fit-store-shared");
  weak = g_object_get_qdata (G_OBJECT (database), quark);
  store = weak != NULL ? g_weak_ref_get (weak) : NULL;
  if (store != NULL)
    return store;

  /* The store holds the database; the database holds only a weak reference back. */
  store = voc_fit_store_new (database);
  if (weak == NULL)
    {
      weak = g_new0 (GWeakRef, 1);
      g_weak_ref_init (weak, store);
      g_object_set_qdata_full (G_OBJECT (database), quark, weak, (GDestroyNotify) shared_free);
    }
  else
    g_weak_ref_set (weak, store);
  return store;
}

/**
 * voc_fit_store_get_database:
 *
 * Returns: (transfer none): the database
 */
VocDatabase *
voc_fit_store_get_database (VocFitStore *self)
{
  g_return_val_if_fail (VOC_IS_FIT_STORE (self), NULL);

  return self->database;
}

/**
 * voc_fit_store_resolve_posting:
 * @id: a posting's number or uuid
 *
 * Returns: whether there is such a posting; %FALSE with @error set (naming @id) if not
 */
gboolean
voc_fit_store_resolve_posting (VocFitStore  *self,
                               const char   *id,
                               gint64       *posting_id,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  guint64 number = 0;
  int rc;

  stmt = voc_database_prepare (self->database, "SELECT id FROM job_posting WHERE uuid = ?1 OR id = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  if (!g_ascii_string_to_unsigned (id, 10, 1, G_MAXINT64, &number, NULL))
    number = 0;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, (gint64) number);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *posting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (self->database, rc, error);
      return FALSE;
    }

  g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
               _("no job posting has the number or uuid “%s” (the job’s page shows its "
                 "number)"), id);
  return FALSE;
}

/**
 * voc_fit_store_library_is_empty:
 * @empty: (out): whether the library has neither bullets nor skills
 */
gboolean
voc_fit_store_library_is_empty (VocFitStore  *self,
                                gboolean     *empty,
                                GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database,
                                             "SELECT (SELECT count(*) FROM bullet) + "
                                             "(SELECT count(*) FROM skill)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *empty = sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      voc_database_set_error (self->database, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * voc_fit_store_set_today:
 * @today: (nullable): the month recency is measured from (`YYYY-MM`), %NULL for now
 *
 * For tests and evaluations that must not depend on the date they run.
 */
void
voc_fit_store_set_today (VocFitStore *self,
                         const char  *today)
{
  g_return_if_fail (VOC_IS_FIT_STORE (self));

  g_free (self->today);
  self->today = g_strdup (today);
  g_clear_pointer (&self->library, voc_fit_library_unref);
}

static gboolean
read_posting_row (VocFitStore  *self,
                  gint64        posting_id,
                  PostingRow   *row,
                  GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database, POSTING_COLUMNS "WHERE p.id = ?1",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, posting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      read_row (stmt, row);
      sqlite3_reset (stmt);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                   _("No job posting with id %" G_GINT64_FORMAT "."), posting_id);
      return FALSE;
    }
  return step_error (self->database, stmt, rc, error);
}

/**
 * voc_fit_store_load_posting:
 *
 * Returns: (transfer full): the posting as the engine sees it, with its text vector
 */
VocFitPosting *
voc_fit_store_load_posting (VocFitStore  *self,
                            gint64        posting_id,
                            GError      **error)
{
  g_autoptr(VocFitLibrary) library = voc_fit_store_dup_library (self, error);
  PostingRow row = { 0 };
  VocFitPosting *posting;

  if (library == NULL || !read_posting_row (self, posting_id, &row, error))
    {
      posting_row_clear (&row);
      return NULL;
    }

  posting = process_row (library, &row, FALSE);
  posting_row_clear (&row);
  return posting;
}

/**
 * voc_fit_store_refresh:
 *
 * Scores one posting now and stores the score, in one transaction.
 *
 * Returns: (transfer full): the score
 */
VocFitResult *
voc_fit_store_refresh (VocFitStore  *self,
                       gint64        posting_id,
                       GError      **error)
{
  g_autoptr(VocFitLibrary) library = NULL;
  g_autoptr(VocFitPosting) posting = NULL;
  PostingRow row = { 0 };
  VocFitResult *result = NULL;

  g_return_val_if_fail (VOC_IS_FIT_STORE (self), NULL);

  library = voc_fit_store_dup_library (self, error);
  if (library == NULL || !read_posting_row (self, posting_id, &row, error))
    goto out;

  posting = process_row (library, &row, TRUE);
  if (row.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&row.error));
      goto out;
    }

  if (!voc_database_begin (self->database, error))
    goto out;
  if (!write_row (self->database, &row, error))
    {
      voc_database_rollback (self->database);
      goto out;
    }
  if (!voc_database_commit (self->database, error))
    goto out;

  result = g_steal_pointer (&row.result);

out:
  posting_row_clear (&row);
  return result;
}

/* Explaining one posting and tailoring for it, off the main thread: the main thread reads
 * the rows (the connection lives there), a worker seals the library, scores, builds the ATS
 * report or the tailored resume. */

typedef struct
{
  VocFitLibrary *library;
  guint          generation;
  PostingRow     row;
  JsonObject    *base;
  JsonObject    *sources;
  GHashTable    *texts;      /* bullet id → text */
  double         pages;
} Explain;

static void
explain_free (Explain *data)
{
  g_clear_pointer (&data->library, voc_fit_library_unref);
  posting_row_clear (&data->row);
  g_clear_pointer (&data->base, json_object_unref);
  g_clear_pointer (&data->sources, json_object_unref);
  g_clear_pointer (&data->texts, g_hash_table_unref);
  g_free (data);
}

void
voc_fit_explained_free (VocFitExplained *explained)
{
  g_clear_pointer (&explained->result, voc_fit_result_free);
  g_clear_pointer (&explained->ats, voc_ats_report_free);
  g_clear_pointer (&explained->raisers, g_ptr_array_unref);
  g_clear_pointer (&explained->bullets, g_hash_table_unref);
  g_free (explained);
}

/**
 * voc_fit_explained_get_bullet:
 *
 * Returns: (nullable): the text of a bullet that proves a matched skill
 */
const char *
voc_fit_explained_get_bullet (VocFitExplained *explained,
                              gint64           bullet_id)
{
  return g_hash_table_lookup (explained->bullets, &bullet_id);
}

static gboolean
read_bullet_texts (VocFitStore  *self,
                   GHashTable   *texts,
                   GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database, "SELECT id, text FROM bullet",
                                             error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (texts, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                           sizeof (gint64)),
                         column_dup (stmt, 1));
  return step_error (self->database, stmt, rc, error);
}

/* The rows an explanation or a tailoring needs, read now; NULL with @error set. */
static Explain *
read_explain (VocFitStore  *self,
              gint64        posting_id,
              gint64        variant_id,
              gboolean      texts,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VocResumeVersion) variant = NULL;
  Explain *data = g_new0 (Explain, 1);

  if (variant_id > 0)
    {
      g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (self->database);

      variant = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_RESUME_VERSION,
                                     variant_id, &local_error);
      if (variant == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          explain_free (data);
          return NULL;
        }
    }

  data->generation = self->generation;
  data->library = self->library != NULL ? voc_fit_library_ref (self->library)
                                        : read_unsealed (self, &local_error);
  if (data->library != NULL && read_posting_row (self, posting_id, &data->row, &local_error))
    data->base = voc_resume_compile (self->database, variant, &data->sources, &local_error);
  if (data->base != NULL && texts)
    {
      data->texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      read_bullet_texts (self, data->texts, &local_error);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      explain_free (data);
      return NULL;
    }
  return data;
}

/* Keeps the library the worker sealed, unless it changed since it was read. */
static void
keep_library (VocFitStore *self,
              Explain     *data)
{
  if (self->library == NULL && data->generation == self->generation &&
      voc_fit_library_is_sealed (data->library))
    self->library = voc_fit_library_ref (data->library);
}

static void
on_worker_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  if (value == NULL)
    g_task_return_error (task, error);
  else if (g_task_get_source_tag (task) == voc_fit_store_explain_async)
    g_task_return_pointer (task, value, (GDestroyNotify) voc_fit_explained_free);
  else
    g_task_return_pointer (task, value, (GDestroyNotify) voc_fit_tailored_free);
}

/* The work runs in a task of its own without a source object, so that the store is never
 * referenced, nor possibly finalized, from the worker thread. @task keeps the data alive. */
static void
run_worker (GTask           *task,
            GCancellable    *cancellable,
            GTaskThreadFunc  func)
{
  g_autoptr(GTask) worker = g_task_new (NULL, cancellable, on_worker_done_cb, task);

  g_task_set_task_data (worker, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (worker, func);
}

static void
explain_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Explain *data = task_data;
  g_autoptr(VocFitExplained) explained = g_new0 (VocFitExplained, 1);
  g_autoptr(VocFitPosting) posting = NULL;

  if (!voc_fit_library_is_sealed (data->library))
    voc_fit_library_seal (data->library);

  posting = process_row (data->library, &data->row, TRUE);
  if (data->row.error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->row.error));
      return;
    }

  explained->posting_id = data->row.id;
  explained->result = g_steal_pointer (&data->row.result);
  explained->ats = voc_ats_report_new (posting, voc_fit_library_get_dictionary (data->library),
                                       data->base);
  explained->raisers = voc_ats_report_dup_raisers (explained->ats, data->library);
  explained->n_bullets = voc_fit_library_get_n_bullets (data->library);

  /* Only the texts of the bullets shown. */
  explained->bullets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < explained->result->matched->len; i++)
    {
      const VocFitMatch *match = &g_array_index (explained->result->matched, VocFitMatch, i);

      for (guint k = 0; k < match->bullets->len; k++)
        {
          gint64 id = g_array_index (match->bullets, gint64, k);
          const char *text = g_hash_table_lookup (data->texts, &id);

          if (text != NULL)
            g_hash_table_insert (explained->bullets, g_memdup2 (&id, sizeof id),
                                 g_strdup (text));
        }
    }

  g_task_return_pointer (task, g_steal_pointer (&explained),
                         (GDestroyNotify) voc_fit_explained_free);
}

/**
 * voc_fit_store_explain_async:
 * @variant_id: the resume variant whose ATS report and raisers to give, or 0 for the base
 *   resume
 *
 * Scores one posting (without storing the score) and explains it: factors, matched skills
 * with the text of the bullets that prove them, missing skills, what would raise it. The
 * rows are read now, the work is done in a worker thread.
 */
void
voc_fit_store_explain_async (VocFitStore         *self,
                             gint64               posting_id,
                             gint64               variant_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Explain *data;

  g_return_if_fail (VOC_IS_FIT_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_fit_store_explain_async);

  data = read_explain (self, posting_id, variant_id, TRUE, &error);
  if (data == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, data, (GDestroyNotify) explain_free);
  run_worker (g_steal_pointer (&task), cancellable, explain_thread);
}

/**
 * voc_fit_store_explain_finish:
 *
 * Returns: (transfer full): the explanation
 */
VocFitExplained *
voc_fit_store_explain_finish (VocFitStore   *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  keep_library (self, g_task_get_task_data (G_TASK (result)));
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
tailor_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Explain *data = task_data;
  g_autoptr(VocFitPosting) posting = NULL;

  if (!voc_fit_library_is_sealed (data->library))
    voc_fit_library_seal (data->library);

  posting = process_row (data->library, &data->row, FALSE);
  if (data->row.error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->row.error));
      return;
    }

  g_task_return_pointer (task, voc_fit_tailor (data->library, posting, data->base, data->sources,
                                               data->pages),
                         (GDestroyNotify) voc_fit_tailored_free);
}

/**
 * voc_fit_store_tailor_async:
 * @pages: the page budget
 *
 * voc_fit_store_tailor() with the work in a worker thread.
 */
void
voc_fit_store_tailor_async (VocFitStore         *self,
                            gint64               posting_id,
                            double               pages,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Explain *data;

  g_return_if_fail (VOC_IS_FIT_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_fit_store_tailor_async);

  data = read_explain (self, posting_id, 0, FALSE, &error);
  if (data == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->pages = pages;
  g_task_set_task_data (task, data, (GDestroyNotify) explain_free);
  run_worker (g_steal_pointer (&task), cancellable, tailor_thread);
}

/**
 * voc_fit_store_tailor_finish:
 *
 * Returns: (transfer full): the tailored resume
 */
VocFitTailored *
voc_fit_store_tailor_finish (VocFitStore   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  keep_library (self, g_task_get_task_data (G_TASK (result)));
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Rescoring in the background */

/* What the worker wrote in one batch, for the main thread. */
typedef struct
{
  guint      n_rows;
  GPtrArray *tables;    /* interned table names */
  GPtrArray *changes;   /* GArray of VocRowChange, per table */
} Notice;

static void
notice_free (Notice *notice)
{
  g_ptr_array_unref (notice->tables);
  g_ptr_array_unref (notice->changes);
  g_free (notice);
}

/* Shared by the worker and the main thread; the store is only touched on the main thread. */
typedef struct
{
  GMutex     lock;
  GCond      taken;
  GPtrArray *notices;   /* Notice, not yet taken by the main thread */
  guint      n_posted;
  guint      n_taken;
  GWeakRef   store;
} Progress;

static void
progress_clear (Progress *progress)
{
  g_mutex_clear (&progress->lock);
  g_cond_clear (&progress->taken);
  g_ptr_array_unref (progress->notices);
  g_weak_ref_clear (&progress->store);
}

static Progress *
progress_new (VocFitStore *store)
{
  Progress *progress = g_atomic_rc_box_new0 (Progress);

  g_mutex_init (&progress->lock);
  g_cond_init (&progress->taken);
  progress->notices = g_ptr_array_new_with_free_func ((GDestroyNotify) notice_free);
  g_weak_ref_init (&progress->store, store);
  return progress;
}

static Progress *
progress_ref (Progress *progress)
{
  return g_atomic_rc_box_acquire (progress);
}

static void
progress_unref (Progress *progress)
{
  g_atomic_rc_box_release_full (progress, (GDestroyNotify) progress_clear);
}

typedef struct
{
  char          *path;
  VocFitLibrary *library;
  gboolean       all;
  guint          generation;  /* of the library when it was read */
  GMainContext  *context;     /* the main thread's */
  Progress      *progress;

  /* The worker's alone. */
  GHashTable    *written;     /* interned table → GArray of VocRowChange, this batch */
  GPtrArray     *written_order;
  guint          n_scored;
} Rescore;

static void
rescore_free (Rescore *data)
{
  g_free (data->path);
  g_clear_pointer (&data->library, voc_fit_library_unref);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_clear_pointer (&data->progress, progress_unref);
  g_clear_pointer (&data->written, g_hash_table_unref);
  g_clear_pointer (&data->written_order, g_ptr_array_unref);
  g_free (data);
}

static void
set_running (VocFitStore *self,
             gboolean     running)
{
  if (self->running == running)
    return;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* On the main thread: counts what the worker wrote and tells the main connection's listeners,
 * then lets the worker go on. */
static void
take_notices (Progress *progress)
{
  g_autoptr(GPtrArray) notices = NULL;
  g_autoptr(VocFitStore) self = NULL;

  g_mutex_lock (&progress->lock);
  notices = g_steal_pointer (&progress->notices);
  progress->notices = g_ptr_array_new_with_free_func ((GDestroyNotify) notice_free);
  g_mutex_unlock (&progress->lock);

  self = g_weak_ref_get (&progress->store);
  for (guint i = 0; self != NULL && i < notices->len; i++)
    {
      Notice *notice = g_ptr_array_index (notices, i);

      self->n_done += notice->n_rows;
      for (guint t = 0; t < notice->tables->len; t++)
        voc_database_notify_changed (self->database, g_ptr_array_index (notice->tables, t),
                                     g_ptr_array_index (notice->changes, t));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }

  g_mutex_lock (&progress->lock);
  progress->n_taken += notices->len;
  g_cond_broadcast (&progress->taken);
  g_mutex_unlock (&progress->lock);
}

static gboolean
take_notices_cb (gpointer user_data)
{
  take_notices (user_data);
  return G_SOURCE_REMOVE;
}

/* In the worker: the rows the worker's connection wrote in the transaction just committed. */
static void
on_worker_rows_changed_cb (VocDatabase *database,
                           const char  *table,
                           GArray      *changes,
                           Rescore     *data)
{
  const char *name = g_intern_string (table);
  GArray *list = g_hash_table_lookup (data->written, name);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (VocRowChange));
      g_hash_table_insert (data->written, (gpointer) name, list);
      g_ptr_array_add (data->written_order, (gpointer) name);
    }
  g_array_append_vals (list, changes->data, changes->len);
}

/* In the worker: hands the batch just written to the main thread, and waits until it took
 * it (or the run is cancelled). */
static void
post_batch (Rescore      *data,
            guint         n_rows,
            GCancellable *cancellable)
{
  Progress *progress = data->progress;
  Notice *notice = g_new0 (Notice, 1);
  guint posted;

  notice->n_rows = n_rows;
  notice->tables = g_ptr_array_new ();
  notice->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < data->written_order->len; i++)
    {
      const char *table = g_ptr_array_index (data->written_order, i);
      gpointer changes = NULL;

      g_hash_table_steal_extended (data->written, table, NULL, &changes);
      g_ptr_array_add (notice->tables, (gpointer) table);
      g_ptr_array_add (notice->changes, changes);
    }
  g_ptr_array_set_size (data->written_order, 0);

  g_mutex_lock (&progress->lock);
  g_ptr_array_add (progress->notices, notice);
  posted = ++progress->n_posted;
  g_mutex_unlock (&progress->lock);

  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, take_notices_cb,
                              progress_ref (progress), (GDestroyNotify) progress_unref);

  g_mutex_lock (&progress->lock);
  while (progress->n_taken < posted && !g_cancellable_is_cancelled (cancellable))
    g_cond_wait_until (&progress->taken, &progress->lock,
                       g_get_monotonic_time () + ACK_WAIT_US);
  g_mutex_unlock (&progress->lock);
}

/* In the worker: the next batch of postings after *@last_id, or %NULL with @error set. */
static GArray *
read_batch (VocDatabase  *db,
            gint64       *last_id,
            GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (PostingRow));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) posting_row_clear);
  stmt = voc_database_prepare (db, POSTING_COLUMNS "WHERE p.id > ?1 AND p.archived = 0 "
                                   "ORDER BY p.id LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, *last_id);
  sqlite3_bind_int (stmt, 2, BATCH);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PostingRow row = { 0 };

      read_row (stmt, &row);
      *last_id = row.id;
      g_array_append_val (rows, row);
    }
  if (!step_error (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

/* In the worker: the whole batch in one transaction, or nothing. */
static gboolean
write_batch (VocDatabase  *db,
             GArray       *rows,
             GError      **error)
{
  if (!voc_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      PostingRow *row = &g_array_index (rows, PostingRow, i);

      if (row->error != NULL)
        g_debug ("%s", row->error->message);
      if (!write_row (db, row, error))
        {
          voc_database_rollback (db);
          return FALSE;
        }
    }
  if (!voc_database_commit (db, error))
    {
      voc_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static void
rescore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Rescore *data = task_data;
  g_autoptr(VocDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 last_id = 0;

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    db = voc_database_open (data->path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_signal_connect (db, "rows-changed", G_CALLBACK (on_worker_rows_changed_cb), data);

  if (!voc_fit_library_is_sealed (data->library))
    voc_fit_library_seal (data->library);

  if (!update_bullet_vectors (db, &error))
    goto failed;
  if (data->written_order->len > 0)
    post_batch (data, 0, cancellable);

  for (;;)
    {
      g_autoptr(GArray) rows = NULL;
      guint n_scored = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        goto failed;
      rows = read_batch (db, &last_id, &error);
      if (rows == NULL)
        goto failed;
      if (rows->len == 0)
        break;

      for (guint i = 0; i < rows->len && !g_cancellable_is_cancelled (cancellable); i++)
        {
          PostingRow *row = &g_array_index (rows, PostingRow, i);

          voc_fit_posting_free (process_row (data->library, row, data->all));
          n_scored += row->result != NULL;
        }
      /* Cancelled while scoring: the batch is dropped whole, nothing of it written. */
      if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
          !write_batch (db, rows, &error))
        goto failed;

      data->n_scored += n_scored;
      post_batch (data, rows->len, cancellable);
    }

  g_task_return_int (task, data->n_scored);
  return;

failed:
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_rescore_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  VocFitStore *self = g_task_get_source_object (task);
  Rescore *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gssize n_scored;

  n_scored = g_task_propagate_int (G_TASK (result), &error);
  /* Whatever the worker wrote and the main loop has not yet taken. */
  take_notices (data->progress);

  /* Sealed now: keep it, unless the library changed since it was read. */
  if (self->library == NULL && data->generation == self->generation &&
      voc_fit_library_is_sealed (data->library))
    self->library = voc_fit_library_ref (data->library);

  if (error == NULL)
    {
      self->n_done = self->n_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
  set_running (self, FALSE);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, n_scored);
}

static gint64
count_postings (VocFitStore  *self,
                GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database, "SELECT count(*) FROM job_posting "
                                                             "WHERE archived = 0", error);
  gint64 count = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      count = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!step_error (self->database, stmt, rc, error))
    return -1;
  return count;
}

/**
 * voc_fit_store_rescore_async:
 * @all: rescore every posting; otherwise only those whose score is stale (another scorer
 *   version, a changed library or posting) or missing
 *
 * Rescores the postings that are not archived in the background, batch by batch, with
 * #VocFitStore:fraction as progress. Cancelling keeps the batches already written.
 */
void
voc_fit_store_rescore_async (VocFitStore         *self,
                             gboolean             all,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GError) error = NULL;
  Rescore *data;
  gint64 total;

  g_return_if_fail (VOC_IS_FIT_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_fit_store_rescore_async);

  if (self->running)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("Scores are already being updated."));
      return;
    }

  data = g_new0 (Rescore, 1);
  data->all = all;
  data->path = g_strdup (voc_database_get_path (self->database));
  data->context = g_main_context_ref_thread_default ();
  data->progress = progress_new (self);
  data->written = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  data->written_order = g_ptr_array_new ();
  data->generation = self->generation;
  data->library = self->library != NULL ? voc_fit_library_ref (self->library)
                                        : read_unsealed (self, &error);
  if (data->library == NULL)
    {
      rescore_free (data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  total = count_postings (self, &error);
  if (total < 0)
    {
      rescore_free (data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  self->n_total = (guint) total;
  self->n_done = 0;
  set_running (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  /* Worker tasks hold no source object: the thread may drop the last reference. */
  worker = g_task_new (NULL, cancellable, on_rescore_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, voc_fit_store_rescore_async);
  g_task_set_task_data (worker, data, (GDestroyNotify) rescore_free);
  g_task_run_in_thread (worker, rescore_thread);
}

/**
 * voc_fit_store_rescore_finish:
 * @n_scored: (out) (optional): how many postings were scored
 */
gboolean
voc_fit_store_rescore_finish (VocFitStore   *self,
                              GAsyncResult  *result,
                              guint         *n_scored,
                              GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_scored != NULL)
    *n_scored = (guint) n;
  return TRUE;
}

guint
voc_fit_store_get_n_total (VocFitStore *self)
{
  return self->n_total;
}

guint
voc_fit_store_get_n_done (VocFitStore *self)
{
  return self->n_done;
}

double
voc_fit_store_get_fraction (VocFitStore *self)
{
  return self->n_total > 0 ? MIN (1.0, (double) self->n_done / self->n_total) : 0.0;
}

gboolean
voc_fit_store_get_running (VocFitStore *self)
{
  return self->running;
}

/**
 * voc_fit_store_count_stale:
 *
 * Returns: postings without a score of this scorer version (a quick check for whether
 *   rescoring is needed after an upgrade), or -1 with @error set
 */
gint64
voc_fit_store_count_stale (VocFitStore  *self,
                           GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database,
                                             "SELECT count(*) FROM job_posting p LEFT JOIN fit f "
                                             "ON f.posting_id = p.id AND "
                                             "f.resume_version_id IS NULL WHERE p.archived = 0 "
                                             "AND (f.id IS NULL OR f.scorer_version <> ?1)",
                                             error);
  gint64 count = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, VOC_FIT_SCORER_VERSION, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      count = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  if (!step_error (self->database, stmt, rc, error))
    return -1;
  return count;
}

/**
 * voc_fit_store_list_by_fit:
 * @min_score: the lowest score to list (0 for all scored postings)
 *
 * Returns: (transfer full) (element-type gint64): ids of the scored postings that are not
 *   archived, best fit first (ties by id)
 */
GArray *
voc_fit_store_list_by_fit (VocFitStore  *self,
                           int           min_score,
                           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = voc_database_prepare (self->database,
                                             "SELECT f.posting_id FROM fit f JOIN job_posting p "
                                             "ON p.id = f.posting_id WHERE "
                                             "f.resume_version_id IS NULL AND f.score >= ?1 AND "
                                             "p.archived = 0 ORDER BY f.score DESC, f.posting_id",
                                             error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, min_score);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (!step_error (self->database, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * voc_fit_store_get_vector:
 * @kind: `bullet` or `posting`
 * @out: (out caller-allocates) (array fixed-size=384): the stored vector
 *
 * Returns: whether a current vector is stored; %FALSE with @error set when the stored one is
 *   damaged or of an older vectoriser, %FALSE without an error when there is none
 */
gboolean
voc_fit_store_get_vector (VocFitStore  *self,
                          const char   *kind,
                          gint64        id,
                          float        *out,
                          GError      **error)
{
  const char *sql;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  if (g_strcmp0 (kind, "bullet") == 0)
    sql = "SELECT version, vector FROM bullet_vector WHERE bullet_id = ?1";
  else if (g_strcmp0 (kind, "posting") == 0)
    sql = "SELECT version, vector FROM posting_vector WHERE posting_id = ?1";
  else
    g_return_val_if_reached (FALSE);

  stmt = voc_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), VOC_VECTOR_VERSION) != 0)
        g_set_error (error, VOC_VECTOR_ERROR, VOC_VECTOR_ERROR_INVALID,
                     "%s_vector %" G_GINT64_FORMAT ": made by “%s”, not “%s”", kind, id,
                     (const char *) sqlite3_column_text (stmt, 0), VOC_VECTOR_VERSION);
      else
        ok = voc_vector_from_bytes (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1),
                                    out, error);
      sqlite3_reset (stmt);
      return ok;
    }
  step_error (self->database, stmt, rc, error);
  return FALSE;
}

typedef struct
{
  gint64 id;
  double cosine;
} Similar;

static int
compare_similar (gconstpointer a,
                 gconstpointer b)
{
  const Similar *sa = a, *sb = b;

  if (sa->cosine != sb->cosine)
    return sa->cosine > sb->cosine ? -1 : 1;
  return sa->id < sb->id ? -1 : sa->id > sb->id;
}

/**
 * voc_fit_store_similar_bullets:
 * @max: how many to return at most
 *
 * The user's bullets (not retired) closest to a posting by the cosine of their stored text
 * vectors (computed by rescoring).
 *
 * Returns: (transfer full) (element-type gint64): bullet ids, closest first, or %NULL with
 *   @error set; empty when the posting has no current vector yet
 */
GArray *
voc_fit_store_similar_bullets (VocFitStore  *self,
                               gint64        posting_id,
                               guint         max,
                               GError      **error)
{
  g_autoptr(GArray) similar = g_array_new (FALSE, FALSE, sizeof (Similar));
  g_autoptr(GError) local_error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  float posting[VOC_VECTOR_DIM];
  sqlite3_stmt *stmt;
  int rc;

  if (!voc_fit_store_get_vector (self, "posting", posting_id, posting, &local_error))
    {
      if (local_error == NULL)
        return ids;
      g_array_unref (ids);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  stmt = voc_database_prepare (self->database, "SELECT v.bullet_id, v.vector FROM bullet_vector v "
                                               "JOIN bullet b ON b.id = v.bullet_id "
                                               "WHERE b.retired = 0 AND v.version = ?1", error);
  if (stmt == NULL)
    {
      g_array_unref (ids);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, VOC_VECTOR_VERSION, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      float vector[VOC_VECTOR_DIM];
      Similar entry;

      /* A damaged vector is skipped: rescoring writes it again. */
      if (!voc_vector_from_bytes (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1),
                                  vector, NULL))
        continue;
      entry.id = sqlite3_column_int64 (stmt, 0);
      entry.cosine = voc_vector_cosine (posting, vector);
      g_array_append_val (similar, entry);
    }
  if (!step_error (self->database, stmt, rc, error))
    {
      g_array_unref (ids);
      return NULL;
    }

  g_array_sort (similar, compare_similar);
  for (guint i = 0; i < similar->len && i < max; i++)
    g_array_append_val (ids, g_array_index (similar, Similar, i).id);

  return ids;
}

/* Tailoring */

/**
 * voc_fit_store_tailor:
 * @pages: the page budget
 *
 * Returns: (transfer full): the base resume tailored for the posting
 */
VocFitTailored *
voc_fit_store_tailor (VocFitStore  *self,
                      gint64        posting_id,
                      double        pages,
                      GError      **error)
{
  g_autoptr(VocFitLibrary) library = voc_fit_store_dup_library (self, error);
  g_autoptr(VocFitPosting) posting = NULL;
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(JsonObject) sources = NULL;

  if (library == NULL)
    return NULL;
  posting = voc_fit_store_load_posting (self, posting_id, error);
  if (posting == NULL)
    return NULL;
  base = voc_resume_compile (self->database, NULL, &sources, error);
  if (base == NULL)
    return NULL;

  return voc_fit_tailor (library, posting, base, sources, pages);
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/**
 * voc_fit_store_save_tailored:
 * @name: the version's name
 *
 * Stores a tailored resume as a frozen version for the posting: the document, its diff from
 * the base with the bullet of every line (`diff.sources`), the ATS match rate and keyword
 * report; and links the posting's application, when there is one, to it. One transaction.
 *
 * Returns: (transfer full): the stored version
 */
VocResumeVersion *
voc_fit_store_save_tailored (VocFitStore     *self,
                             gint64           posting_id,
                             VocFitTailored  *tailored,
                             const char      *name,
                             GError         **error)
{
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (self->database);
  g_autoptr(VocResumeVersion) version = voc_resume_version_new ();
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(JsonObject) diff = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *diff_text = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *where = NULL;
  g_autoptr(VocEntityList) applications = NULL;

  base = voc_resume_compile (self->database, NULL, NULL, error);
  if (base == NULL)
    return NULL;

  diff = voc_resume_diff (base, tailored->resume);
  json_object_set_object_member (diff, "sources", json_object_ref (tailored->sources));
  json_object_set_int_member (diff, "ats_before", tailored->ats_before->match_rate);
  json_object_set_int_member (diff, "ats_after", tailored->ats_after->match_rate);
  sections = object_to_string (tailored->resume);
  diff_text = object_to_string (diff);
  keywords = voc_ats_report_dup_json (tailored->ats_after);

  voc_resume_version_set_name (version, name);
  voc_resume_version_set_kind (version, VOC_RESUME_KIND_TAILORED);
  voc_resume_version_set_posting_id (version, posting_id);
  voc_resume_version_set_sections (version, sections);
  voc_resume_version_set_diff (version, diff_text);
  voc_resume_version_set_keywords (version, keywords);
  if (tailored->ats_after->match_rate >= 0)
    voc_resume_version_set_ats_score (version, tailored->ats_after->match_rate);
  voc_resume_version_set_frozen (version, TRUE);

  /* One transaction: the version, and the application for the posting linked to it. */
  if (!voc_database_begin (self->database, error))
    return NULL;
  if (!voc_repository_insert (VOC_REPOSITORY (pipeline), version, error))
    goto failed;

  where = g_strdup_printf ("t.posting_id = %" G_GINT64_FORMAT, posting_id);
  applications = voc_repository_list_where (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION,
                                            where, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (applications)); i++)
    {
      g_autoptr(VocJobApplication) application = NULL;

      application = g_list_model_get_item (G_LIST_MODEL (applications), i);
      voc_job_application_set_resume_version_id (application,
                                                 voc_entity_get_id (VOC_ENTITY (version)));
      if (!voc_repository_update (VOC_REPOSITORY (pipeline), application, error))
        goto failed;
    }

  if (!voc_database_commit (self->database, error))
    return NULL;

  return g_steal_pointer (&version);

failed:
  voc_database_rollback (self->database);
  return NULL;
}
