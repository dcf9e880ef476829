/* test-resume-editor.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Resume page as an editor, driven in-process under Xvfb on a temporary database: an
 * experience and an achievement added through their forms (a date range that ends before it
 * starts refused, naming the field), a bullet edited twice and its first text restored from
 * the history, bullets reordered by keyboard and by drop with their positions in the
 * database, retired and restored, an experience deleted and brought back by Undo with its
 * bullets, the profile's form, and the other sections' rows.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-app-private.h"
#include "voc-database-private.h"
#include "voc-repositories.h"
#include "voc-resume-bullet-row.h"
#include "voc-resume-entry-row.h"
#include "voc-resume-page-private.h"
#include "voc-resume-variants.h"
#include "voc-window-private.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

typedef struct
{
  char                *dir;
  char                *path;
  VocWindow           *window;
  VocResumePage       *page;
  VocDatabase         *database;
  VocResumeRepository *resume;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_display)
    return;

  f->dir = g_dir_make_tmp ("vocation-resume-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);

  f->window = voc_window_new (GTK_APPLICATION (app), f->path);
  gtk_window_present (GTK_WINDOW (f->window));
  WAIT_FOR (voc_window_get_database (f->window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "resume"));

  f->page = VOC_RESUME_PAGE (voc_window_get_page (f->window, "resume"));
  f->database = voc_window_get_database (f->window);
  f->resume = voc_resume_repository_new (f->database);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    {
      g_clear_object (&f->resume);
      g_object_ref (f->window);
      gtk_window_close (GTK_WINDOW (f->window));
      g_assert_finalize_object (f->window);
    }

  if (f->dir != NULL)
    remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to open windows on");
      return TRUE;
    }

  return FALSE;
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (f->database), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (f->database), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* The texts of the bullets with their positions, in their stored order. */
static char *
stored_order (Fixture *f,
              gint64   experience_id)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT text, position FROM bullet WHERE "
                                          "experience_id = %" G_GINT64_FORMAT " AND "
                                          "engagement_id IS NULL ORDER BY position, id",
                                          experience_id);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (voc_database_get_handle (f->database), sql, -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "%s%s=%d", s->len > 0 ? " " : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            sqlite3_column_int (stmt, 1));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The texts of the rows of a block, in order. */
static char *
shown_order (VocResumeBlock *block)
{
  GListModel *bullets = voc_resume_block_get_bullets (block);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr(VocBullet) bullet = g_list_model_get_item (bullets, i);

      g_string_append_printf (s, "%s%s", i > 0 ? " " : "", voc_bullet_get_text (bullet));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
set_text (VocResumeForm *form,
          const char    *column,
          const char    *text)
{
  GtkWidget *editable = voc_resume_form_get_editable (form, column);

  g_assert_nonnull (editable);
  if (GTK_IS_TEXT_VIEW (editable))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editable)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static gboolean
has_error (VocResumeForm *form,
           const char    *column)
{
  GtkWidget *editable = voc_resume_form_get_editable (form, column);
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (editable)
                   ? editable : gtk_widget_get_ancestor (editable, GTK_TYPE_LIST_BOX_ROW);

  if (GTK_IS_TEXT_VIEW (editable))
    row = gtk_widget_get_parent (editable);

  return gtk_widget_has_css_class (row, "error");
}

static VocResumeForm *
open_form (Fixture    *f,
           const char *action,
           GVariant   *target)
{
  VocResumeForm *form;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->page), action, target));
  form = voc_resume_page_get_form (f->page);
  g_assert_nonnull (form);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  return form;
}

static void
save_form (Fixture       *f,
           VocResumeForm *form)
{
  g_assert_true (voc_resume_form_get_valid (form));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL));
  g_assert_null (voc_resume_page_get_form (f->page));
}

static gint64
add_bullet (Fixture    *f,
            gint64      experience_id,
            const char *text)
{
  g_autoptr(VocBullet) bullet = voc_bullet_new ();
  g_autoptr(GError) error = NULL;

  voc_bullet_set_experience_id (bullet, experience_id);
  voc_bullet_set_text (bullet, text);
  g_assert_true (voc_resume_repository_add_bullet (f->resume, bullet, &error));
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (bullet));
}

static gint64
add_experience (Fixture    *f,
                const char *title)
{
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(GError) error = NULL;

  voc_experience_set_title (experience, title);
  voc_experience_set_employer (experience, "Kestrel Labs");
  voc_experience_set_start_date (experience, "2020-03");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), experience, &error));
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (experience));
}

static VocResumeBulletRow *
bullet_row (VocResumeBlock *block,
            int             index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (voc_resume_block_get_bullet_list (block),
                                                      index);

  g_assert_true (VOC_IS_RESUME_BULLET_ROW (row));
  return VOC_RESUME_BULLET_ROW (row);
}

/* An experience and a bullet through their forms; a bad date range names the field. */
static void
test_add_experience_and_bullet (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *tags = NULL;
  VocResumeForm *form;
  VocResumeBlock *block;
  gint64 experience_id;

  if (skip_without_display ())
    return;

  g_assert_cmpstr (voc_resume_page_get_visible_child_name (f->page), ==, "empty");

  form = open_form (f, "resume.add", g_variant_new_string ("experience"));
  /* Empty: the required title is missing, so Save is off, but nothing is red before the
   * user types. */
  g_assert_false (voc_resume_form_get_valid (form));
  g_assert_false (has_error (form, "title"));
  g_assert_null (voc_resume_form_get_message (form));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (form), "form.save", NULL) &&
                  voc_resume_page_get_form (f->page) == NULL);

  set_text (form, "employer", "Kestrel Labs");
  g_assert_true (has_error (form, "title"));
  g_assert_cmpstr (voc_resume_form_get_message (form), ==, "Title: must not be empty");

  set_text (form, "title", "Backend Engineer");
  set_text (form, "employer", "Kestrel Labs");
  set_text (form, "start_date", "Mar 2020");
  set_text (form, "end_date", "2019");
  g_assert_false (voc_resume_form_get_valid (form));
  g_assert_true (has_error (form, "end_date"));
  g_assert_false (has_error (form, "start_date"));
  g_assert_cmpstr (voc_resume_form_get_message (form), ==, "End: the end is before the start");
  g_assert_cmpint (voc_database_count (f->database, "experience", NULL), ==, 0);

  set_text (form, "end_date", "not a date");
  g_assert_true (has_error (form, "end_date"));
  g_assert_nonnull (strstr (voc_resume_form_get_message (form), "End: "));

  set_text (form, "end_date", "06/2023");
  g_assert_false (has_error (form, "end_date"));
  save_form (f, form);

  g_assert_cmpint (voc_database_count (f->database, "experience", NULL), ==, 1);
  experience_id = query_int (f, "SELECT id FROM experience");
  {
    g_autofree char *start = query_text (f, "SELECT start_date FROM experience");
    g_autofree char *end = query_text (f, "SELECT end_date FROM experience");

    g_assert_cmpstr (start, ==, "2020-03");
    g_assert_cmpstr (end, ==, "2023-06");
  }
  /* Audited, like every write. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'experience' "
                              "AND action = 'create'"), ==, 1);
  WAIT_FOR (g_strcmp0 (voc_resume_page_get_visible_child_name (f->page), "list") == 0);
  block = voc_resume_page_find_block (f->page, experience_id);
  g_assert_nonnull (block);

  /* A bullet, with tags. */
  form = open_form (f, "resume.add-bullet", g_variant_new ("(xx)", experience_id, (gint64) 0));
  g_assert_false (voc_resume_form_get_valid (form));
  set_text (form, "text", "Cut build times by 40%");
  set_text (form, "tags", "ci, build,  CI ");
  save_form (f, form);

  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 1);
  tags = query_text (f, "SELECT tags FROM bullet");
  g_assert_cmpstr (tags, ==, "[\"ci\",\"build\"]");
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_block_get_bullets (block)), ==, 1);
  g_assert_cmpstr (voc_bullet_get_text (voc_resume_bullet_row_get_bullet (bullet_row (block, 0))),
                   ==, "Cut build times by 40%");

  /* The next bullet's tags complete from the tags in use. */
  form = open_form (f, "resume.add-bullet", g_variant_new ("(xx)", experience_id, (gint64) 0));
  {
    GtkWidget *entry = voc_resume_form_get_editable (form, "tags");
    GtkEntryCompletion *completion;
    GtkTreeModel *model;

    g_assert_true (GTK_IS_ENTRY (entry));
    completion = gtk_entry_get_completion (GTK_ENTRY (entry));
    g_assert_nonnull (completion);
    model = gtk_entry_completion_get_model (completion);
    g_assert_cmpint (gtk_tree_model_iter_n_children (model, NULL), ==, 2);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL));
  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 1);

  /* Cancel leaves everything as it was. */
  form = open_form (f, "resume.edit", g_variant_new ("(sx)", "experience", experience_id));
  set_text (form, "title", "Changed and dropped");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "form.cancel", NULL));
  g_assert_null (voc_resume_page_get_form (f->page));
  {
    g_autofree char *title = query_text (f, "SELECT title FROM experience");

    g_assert_cmpstr (title, ==, "Backend Engineer");
  }
}

/* Two edits keep two versions; the history restores the first text as a third edit. */
static void
test_versions_and_history (Fixture       *f,
                           gconstpointer  data)
{
  VocResumeHistory *history;
  VocResumeBulletRow *first_row;
  VocResumeForm *form;
  VocResumeBlock *block;
  g_autofree char *text = NULL;
  gint64 experience_id, bullet_id;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Backend Engineer");
  bullet_id = add_bullet (f, experience_id, "First text");
  WAIT_FOR (voc_resume_page_find_block (f->page, experience_id) != NULL);
  block = voc_resume_page_find_block (f->page, experience_id);

  first_row = bullet_row (block, 0);
  form = open_form (f, "resume.edit", g_variant_new ("(sx)", "bullet", bullet_id));
  set_text (form, "text", "Second text");
  save_form (f, form);
  /* Updated in place: the same block and row, not a rebuilt list. */
  g_assert_true (voc_resume_page_find_block (f->page, experience_id) == block);
  g_assert_true (bullet_row (block, 0) == first_row);
  form = open_form (f, "resume.edit", g_variant_new ("(sx)", "bullet", bullet_id));
  set_text (form, "text", "Third text");
  /* Other fields change without a version of their own, in the same Save. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (voc_resume_form_get_editable (form, "importance")),
                             5);
  save_form (f, form);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM bullet_version"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT importance FROM bullet"), ==, 5);
  /* The row shows the new text without being rebuilt. */
  g_assert_cmpstr (voc_bullet_get_text (voc_resume_bullet_row_get_bullet (bullet_row (block, 0))),
                   ==, "Third text");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.bullet-history", "x",
                                             bullet_id));
  history = voc_resume_page_get_history (f->page);
  g_assert_nonnull (history);
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_history_get_versions (history)), ==, 2);
  {
    g_autoptr(VocBulletVersion) oldest = g_list_model_get_item (
      voc_resume_history_get_versions (history), 1);

    g_assert_cmpstr (voc_bullet_version_get_text (oldest), ==, "First text");
  }

  g_assert_true (voc_resume_history_restore (history, 1, NULL));
  text = query_text (f, "SELECT text FROM bullet");
  g_assert_cmpstr (text, ==, "First text");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM bullet_version"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_history_get_versions (history)), ==, 3);
  g_assert_cmpstr (voc_bullet_get_text (voc_resume_bullet_row_get_bullet (bullet_row (block, 0))),
                   ==, "First text");

  gtk_window_destroy (GTK_WINDOW (history));
  g_assert_null (voc_resume_page_get_history (f->page));
}

/* Alt+Up / Alt+Down, the menu, and drop: positions in one transaction, focus follows. */
static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *order = NULL;
  VocResumeBulletRow *row;
  VocResumeBlock *block;
  gint64 experience_id, a, b, c;
  gboolean handled = FALSE;
  GValue value = G_VALUE_INIT;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Backend Engineer");
  a = add_bullet (f, experience_id, "A");
  b = add_bullet (f, experience_id, "B");
  c = add_bullet (f, experience_id, "C");
  WAIT_FOR (voc_resume_page_find_block (f->page, experience_id) != NULL);
  block = voc_resume_page_find_block (f->page, experience_id);

  /* C up (what Alt+Up does), focus stays on C at its new place. */
  row = bullet_row (block, 2);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (voc_resume_bullet_row_move (row, -1));
  order = stored_order (f, experience_id);
  g_assert_cmpstr (order, ==, "A=0 C=1 B=2");
  g_clear_pointer (&order, g_free);
  order = shown_order (block);
  g_assert_cmpstr (order, ==, "A C B");
  row = bullet_row (block, 1);
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (voc_resume_bullet_row_get_bullet (row))), ==, c);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  /* Up again, then once more at the top: nothing moves. */
  g_assert_true (voc_resume_bullet_row_move (row, -1));
  g_assert_true (voc_resume_bullet_row_move (bullet_row (block, 0), -1));
  g_clear_pointer (&order, g_free);
  order = stored_order (f, experience_id);
  g_assert_cmpstr (order, ==, "C=0 A=1 B=2");

  /* The menu's Move Down. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.move-bullet", "(xi)",
                                             c, 1));
  g_clear_pointer (&order, g_free);
  order = stored_order (f, experience_id);
  g_assert_cmpstr (order, ==, "A=0 C=1 B=2");

  /* A retired bullet in between is stepped over while hidden. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.retire-bullet", "x",
                                             c));
  g_clear_pointer (&order, g_free);
  order = shown_order (block);
  g_assert_cmpstr (order, ==, "A B");
  g_assert_true (voc_resume_bullet_row_move (bullet_row (block, 1), -1));
  g_clear_pointer (&order, g_free);
  order = stored_order (f, experience_id);
  g_assert_cmpstr (order, ==, "B=0 A=1 C=2");

  /* Drop A onto B: A takes B's place. */
  g_value_init (&value, VOC_TYPE_BULLET);
  g_value_set_object (&value, voc_resume_bullet_row_get_bullet (bullet_row (block, 1)));
  g_assert_cmpint (voc_entity_get_id (g_value_get_object (&value)), ==, a);
  g_signal_emit_by_name (voc_resume_bullet_row_get_drop_target (bullet_row (block, 0)), "drop",
                         &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  g_assert_true (handled);
  g_clear_pointer (&order, g_free);
  order = stored_order (f, experience_id);
  g_assert_cmpstr (order, ==, "A=0 B=1 C=2");
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (voc_resume_bullet_row_get_bullet (
                     bullet_row (block, 1)))), ==, b);
}

/* Retire hides a bullet unless Show Retired is on; retiring again restores it. */
static void
test_retire_restore (Fixture       *f,
                     gconstpointer  data)
{
  VocResumeBlock *block;
  gint64 experience_id, bullet_id;
  GListModel *bullets;
  VocBullet *shown;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Backend Engineer");
  add_bullet (f, experience_id, "Kept");
  bullet_id = add_bullet (f, experience_id, "Old news");
  WAIT_FOR (voc_resume_page_find_block (f->page, experience_id) != NULL);
  block = voc_resume_page_find_block (f->page, experience_id);
  bullets = voc_resume_block_get_bullets (block);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.retire-bullet", "x",
                                             bullet_id));
  g_assert_cmpint (query_int (f, "SELECT retired FROM bullet WHERE text = 'Old news'"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.show-retired", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 2);
  shown = voc_resume_bullet_row_get_bullet (bullet_row (block, 1));
  g_assert_true (voc_bullet_get_retired (shown));

  /* Restore (the same menu item, now reading "Restore"). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.retire-bullet", "x",
                                             bullet_id));
  g_assert_cmpint (query_int (f, "SELECT retired FROM bullet WHERE text = 'Old news'"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.show-retired", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 2);
}

/* Deleting an experience hides it; Undo brings it back with its bullets; otherwise the
 * toast going away deletes it with them. */
static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *experiences = voc_resume_page_get_experiences (f->page);
  AdwToast *toast;
  gint64 experience_id;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Backend Engineer");
  add_bullet (f, experience_id, "One");
  add_bullet (f, experience_id, "Two");
  g_assert_cmpuint (g_list_model_get_n_items (experiences), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.delete", "(sx)",
                                             "experience", experience_id));
  g_assert_cmpuint (g_list_model_get_n_items (experiences), ==, 0);
  g_assert_cmpstr (voc_resume_page_get_visible_child_name (f->page), ==, "empty");
  g_assert_cmpint (voc_database_count (f->database, "experience", NULL), ==, 1);
  toast = voc_resume_page_get_undo_toast (f->page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Experience deleted");

  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
  g_assert_cmpuint (g_list_model_get_n_items (experiences), ==, 1);
  g_assert_nonnull (voc_resume_page_find_block (f->page, experience_id));
  g_assert_cmpint (voc_database_count (f->database, "experience", NULL), ==, 1);
  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_block_get_bullets (
                      voc_resume_page_find_block (f->page, experience_id))), ==, 2);

  /* Again, and the toast goes: deleted for good, bullets and all, in one audited write. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.delete", "(sx)",
                                             "experience", experience_id));
  adw_toast_dismiss (voc_resume_page_get_undo_toast (f->page));
  g_assert_cmpint (voc_database_count (f->database, "experience", NULL), ==, 0);
  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'experience' "
                              "AND action = 'delete'"), ==, 1);

  /* A bullet deleted while the window closes is deleted then. */
  experience_id = add_experience (f, "Platform Engineer");
  add_bullet (f, experience_id, "Doomed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.delete", "(sx)",
                                             "bullet", query_int (f, "SELECT id FROM bullet")));
  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 1);
  voc_resume_page_commit_deletes (f->page);
  g_assert_cmpint (voc_database_count (f->database, "bullet", NULL), ==, 0);
}

/* Closing the window is the last moment for a delete waiting for its undo. */
static void
test_delete_on_close (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  gint64 experience_id;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Backend Engineer");
  add_bullet (f, experience_id, "One");
  add_experience (f, "Platform Engineer");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.delete", "(sx)",
                                             "experience", experience_id));

  g_clear_object (&f->resume);
  g_object_ref (f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_finalize_object (f->window);
  f->window = NULL;

  database = voc_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_database_count (database, "experience", NULL), ==, 1);
  g_assert_cmpint (voc_database_count (database, "bullet", NULL), ==, 0);
}

/* The profile's form: the salary range checked, what is saved shown at the top. */
static void
test_profile (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *roles = NULL;
  VocResumeForm *form;

  if (skip_without_display ())
    return;

  form = open_form (f, "resume.edit-profile", NULL);
  set_text (form, "full_name", "Maya Okafor");
  set_text (form, "target_roles", "Staff Engineer, Platform Lead");
  set_text (form, "salary_min_cents", "90k");
  set_text (form, "salary_max_cents", "80k");
  g_assert_false (voc_resume_form_get_valid (form));
  g_assert_true (has_error (form, "salary_max_cents"));
  g_assert_cmpstr (voc_resume_form_get_message (form), ==,
                   "Maximum Yearly Salary: the maximum is below the minimum");
  set_text (form, "salary_max_cents", "lots");
  g_assert_false (voc_resume_form_get_valid (form));
  set_text (form, "salary_max_cents", "110k");
  set_text (form, "salary_currency", "eur");
  save_form (f, form);

  g_assert_cmpstr (voc_resume_page_get_profile_name (f->page), ==, "Maya Okafor");
  g_assert_cmpint (query_int (f, "SELECT salary_max_cents FROM profile"), ==, 11000000);
  roles = query_text (f, "SELECT target_roles || salary_currency FROM profile");
  g_assert_cmpstr (roles, ==, "[\"Staff Engineer\",\"Platform Lead\"]EUR");
  g_assert_cmpstr (voc_resume_page_get_visible_child_name (f->page), ==, "list");
}

/* The short sections: add through the form, the row follows edits, delete with undo; a
 * certification shows when it expires. */
static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VocCertification) certification = voc_certification_new ();
  g_autoptr(GError) error = NULL;
  GListModel *languages = voc_resume_page_get_section (f->page, "language");
  GtkListBoxRow *row;
  VocResumeForm *form;
  gint64 id;

  if (skip_without_display ())
    return;

  form = open_form (f, "resume.add", g_variant_new_string ("language"));
  set_text (form, "language", "Portuguese");
  set_text (form, "fluency", "Native");
  save_form (f, form);
  g_assert_cmpuint (g_list_model_get_n_items (languages), ==, 1);
  row = gtk_list_box_get_row_at_index (voc_resume_page_get_section_list (f->page, "language"), 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Native");
  id = query_int (f, "SELECT id FROM language");

  form = open_form (f, "resume.edit", g_variant_new ("(sx)", "language", id));
  set_text (form, "fluency", "Full professional");
  save_form (f, form);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Full professional");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.delete", "(sx)",
                                             "language", id));
  g_assert_cmpuint (g_list_model_get_n_items (languages), ==, 0);
  g_signal_emit_by_name (voc_resume_page_get_undo_toast (f->page), "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (languages), ==, 1);

  /* Skills: years that are not a number are refused, naming the field. */
  form = open_form (f, "resume.add", g_variant_new_string ("skill"));
  set_text (form, "name", "Rust");
  set_text (form, "years", "many");
  g_assert_false (voc_resume_form_get_valid (form));
  g_assert_true (has_error (form, "years"));
  set_text (form, "years", "6.5");
  save_form (f, form);
  g_assert_cmpint (query_int (f, "SELECT years * 10 FROM skill"), ==, 65);

  voc_certification_set_name (certification, "AWS Certified Solutions Architect");
  voc_certification_set_issued_on (certification, "2020-09");
  voc_certification_set_expires_on (certification, "2023-09");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), certification, &error));
  g_assert_no_error (error);
  row = gtk_list_box_get_row_at_index (voc_resume_page_get_section_list (f->page,
                                                                        "certification"), 0);
  g_assert_true (VOC_IS_RESUME_ENTRY_ROW (row));
  g_assert_cmpstr (voc_resume_entry_row_get_badge (VOC_RESUME_ENTRY_ROW (row)), ==,
                   "Expired 2023-09");
}

/* Engagements sit inside their experience, with bullets of their own. */
static void
test_engagement (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *tags = NULL;
  VocResumeForm *form;
  VocResumeBlock *block;
  GtkListBoxRow *row;
  gint64 experience_id, engagement_id;

  if (skip_without_display ())
    return;

  experience_id = add_experience (f, "Independent Consultant");
  WAIT_FOR (voc_resume_page_find_block (f->page, experience_id) != NULL);
  block = voc_resume_page_find_block (f->page, experience_id);

  form = open_form (f, "resume.add-engagement", g_variant_new_int64 (experience_id));
  set_text (form, "client", "Globex Retail");
  set_text (form, "date_label", "2017, 8 months");
  set_text (form, "technology_tags", "Python, PostgreSQL");
  save_form (f, form);
  engagement_id = query_int (f, "SELECT id FROM engagement");
  tags = query_text (f, "SELECT technology_tags FROM engagement");
  g_assert_cmpstr (tags, ==, "[\"Python\",\"PostgreSQL\"]");

  row = gtk_list_box_get_row_at_index (voc_resume_block_get_engagement_list (block), 0);
  g_assert_nonnull (row);
  g_assert_true (VOC_IS_RESUME_BLOCK (gtk_list_box_row_get_child (row)));

  form = open_form (f, "resume.add-bullet", g_variant_new ("(xx)", experience_id, engagement_id));
  set_text (form, "text", "Rewrote the billing batch");
  save_form (f, form);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM bullet WHERE engagement_id IS NOT NULL"),
                   ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_block_get_bullets (
                      VOC_RESUME_BLOCK (gtk_list_box_row_get_child (row)))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_block_get_bullets (block)), ==, 0);
}

/* The Variants button opens the variant editor over this window, on this window's database. */
static void
test_variants_button (Fixture       *f,
                      gconstpointer  data)
{
  VocResumeVariants *variants = NULL;
  GListModel *toplevels;

  if (skip_without_display ())
    return;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "resume.variants", NULL));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (VOC_IS_RESUME_VARIANTS (item))
        variants = VOC_RESUME_VARIANTS (item);
    }
  g_assert_nonnull (variants);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (variants)) ==
                 GTK_WINDOW (f->window));
  gtk_window_destroy (GTK_WINDOW (variants));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();

  if (have_display)
    {
      adw_init ();

      app = voc_app_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/resume-editor/add-experience-and-bullet", test_add_experience_and_bullet);
  ADD ("/resume-editor/versions-and-history", test_versions_and_history);
  ADD ("/resume-editor/reorder", test_reorder);
  ADD ("/resume-editor/retire-restore", test_retire_restore);
  ADD ("/resume-editor/delete-undo", test_delete_undo);
  ADD ("/resume-editor/delete-on-close", test_delete_on_close);
  ADD ("/resume-editor/profile", test_profile);
  ADD ("/resume-editor/sections", test_sections);
  ADD ("/resume-editor/engagement", test_engagement);
  ADD ("/resume-editor/variants-button", test_variants_button);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
