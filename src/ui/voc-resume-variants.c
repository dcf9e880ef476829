/* voc-resume-variants.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-variants"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-critic-dialog.h"
#include "voc-format.h"
#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-resume-variants-private.h"

/*
 * The variant editor: the list of variants on the left, the rules of the one chosen in the
 * middle, its PDF on the right. A variant is a rule, not a copy (see voc-resume-versions.c):
 * every change of a rule is saved at once (one write per change, after a short pause while
 * typing or spinning) and the variant is compiled again: the library is read here, on the
 * main thread (a few small queries), and the page budget, which lays pages out, is fitted in
 * a worker thread; the preview then draws the pages in another. An edit of the library from
 * anywhere compiles it again too.
 *
 * Deleting a variant is undoable: it leaves the list at once and is deleted for good when the
 * toast that offers Undo goes away, or when the window closes.
 */

#define COMPILE_DELAY_MS 250

typedef struct
{
  const char *key;
  GtkEntry   *entry;
  GtkFlowBox *chips;
} TagEditor;

struct _VocResumeVariants
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  GtkStack              *stack;
  GtkListBox            *variant_list;
  GtkLabel              *status_label;
  AdwComboRow           *budget_row;
  AdwComboRow           *template_row;
  AdwComboRow           *paper_row;
  GtkSpinButton         *per_role_spin;
  AdwPreferencesGroup   *include_group;
  AdwPreferencesGroup   *exclude_group;
  AdwPreferencesGroup   *experiences_group;
  AdwPreferencesGroup   *sections_group;
  VocResumePreview      *preview;

  TagEditor              include;
  TagEditor              exclude;
  GtkListStore          *tag_store;
  GPtrArray             *experience_rows;    /* AdwActionRow */
  GPtrArray             *experience_checks;  /* GtkCheckButton, same order */
  GPtrArray             *experience_uuids;   /* char * */
  GPtrArray             *section_rows;       /* AdwActionRow */
  GPtrArray             *section_switches;   /* GtkSwitch */
  GPtrArray             *section_keys;       /* const char *, static */

  VocDatabase           *database;
  VocPipelineRepository *pipeline;
  VocResumeRepository   *resume;
  VocEntityList         *variants;
  GtkCustomFilter       *filter;
  GtkFilterListModel    *visible;
  GArray                *pending_deletes;    /* gint64 */

  VocResumeVersion      *variant;            /* the one edited: a copy of its row */
  JsonObject            *rules;              /* its rules as edited */
  guint                  loading;            /* widgets being set from the rules */
  gboolean               dirty;              /* rules not saved yet */

  VocResumeBuild        *build;              /* compiled and fitted: what the preview shows */
  GCancellable          *cancellable;
  guint                  compile_id;
  guint                  compile_serial;
  gboolean               compiling;
  gboolean               exporting;

  AdwToast              *toast;              /* weak */
  AdwMessageDialog      *dialog;             /* weak */
};

G_DEFINE_FINAL_TYPE (VocResumeVariants, voc_resume_variants, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sections of JSON Resume a variant can leave out, in the order they print. */
static const struct
{
  const char *key;
  const char *title;
} section_names[] = {
  { "work", N_("Experience") },
  { "volunteer", N_("Volunteering") },
  { "education", N_("Education") },
  { "awards", N_("Awards") },
  { "certificates", N_("Certificates") },
  { "publications", N_("Publications") },
  { "skills", N_("Skills") },
  { "languages", N_("Languages") },
  { "interests", N_("Interests") },
  { "references", N_("References") },
  { "projects", N_("Projects") },
};

static void compile_now      (VocResumeVariants *self);
static void schedule_compile (VocResumeVariants *self);
static void show_chips       (VocResumeVariants *self,
                              TagEditor         *editor);
static void update_actions   (VocResumeVariants *self);

/* Helpers ------------------------------------------------------------------------------------- */

static void
show_toast (VocResumeVariants *self,
            AdwToast          *toast)
{
  /* One toast at a time, the newest: a toast that libadwaita 1.2 puts back in its queue to
   * show a more urgent one can fail an assertion when it comes back. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (VocResumeVariants *self,
            const char        *heading,
            const char        *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_set_weak_pointer (&self->dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

static JsonObject *
copy_object (JsonObject *object)
{
  g_autofree char *text = object_to_string (object);
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  return json_object_ref (json_node_get_object (node));
}

static GPtrArray *
rules_get_strings (VocResumeVariants *self,
                   const char        *key)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = self->rules != NULL ? json_object_get_member (self->rules, key) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (strings, g_strdup (json_node_get_string (element)));
        }
    }

  return strings;
}

static gint64
rules_get_int (VocResumeVariants *self,
               const char        *key)
{
  JsonNode *node = self->rules != NULL ? json_object_get_member (self->rules, key) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return 0;
}

static void
rules_changed (VocResumeVariants *self)
{
  if (self->loading || self->variant == NULL)
    return;

  self->dirty = TRUE;
  /* Nothing to freeze or export until the new rules are compiled. */
  schedule_compile (self);
}

static void
rules_set_strings (VocResumeVariants *self,
                   const char        *key,
                   GPtrArray         *strings)
{
  if (strings == NULL || strings->len == 0)
    json_object_remove_member (self->rules, key);
  else
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < strings->len; i++)
        json_array_add_string_element (array, g_ptr_array_index (strings, i));
      json_object_set_array_member (self->rules, key, array);
    }
  rules_changed (self);
}

static void
rules_set_int (VocResumeVariants *self,
               const char        *key,
               gint64             value)
{
  if (value == 0)
    json_object_remove_member (self->rules, key);
  else
    json_object_set_int_member (self->rules, key, value);
  rules_changed (self);
}

static void
rules_set_string (VocResumeVariants *self,
                  const char        *key,
                  const char        *value)
{
  if (value == NULL)
    json_object_remove_member (self->rules, key);
  else
    json_object_set_string_member (self->rules, key, value);
  rules_changed (self);
}

static gboolean
save_rules (VocResumeVariants *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!self->dirty || self->variant == NULL)
    return TRUE;

  self->dirty = FALSE;
  text = object_to_string (self->rules);
  voc_resume_version_set_rules (self->variant, text);
  if (!voc_repository_update (VOC_REPOSITORY (self->pipeline), self->variant, &error))
    {
      /* TRANSLATORS: %s is the reason */
      g_autofree char *message = g_strdup_printf (_("The rules were not saved: %s"),
                                                  error->message);

      show_toast (self, adw_toast_new (message));
      return FALSE;
    }

  return TRUE;
}

/* Compiling ----------------------------------------------------------------------------------- */

static void
fit_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  VocResumeBuild *build = task_data;

  voc_resume_build_fit (build);
  g_task_return_pointer (task, build, (GDestroyNotify) voc_resume_build_free);
}

static void
update_status (VocResumeVariants *self)
{
  g_autoptr(GString) status = g_string_new (NULL);
  const char * const *dropped;
  guint n_pages, budget, n_dropped;

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");
  if (self->build == NULL)
    {
      gtk_label_set_label (self->status_label, "");
      return;
    }

  n_pages = voc_resume_build_get_n_pages (self->build);
  budget = voc_resume_build_get_page_budget (self->build);
  dropped = voc_resume_build_get_dropped (self->build);
  n_dropped = dropped != NULL ? g_strv_length ((char **) dropped) : 0;

  g_string_printf (status, g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages),
                   n_pages);
  if (budget > 0 && n_pages > budget)
    {
      g_string_append (status, " · ");
      g_string_append_printf (status,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "does not fit on %u page even with one bullet per role",
                                           "does not fit on %u pages even with one bullet per role",
                                           budget),
                              budget);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
    }
  else if (n_dropped > 0)
    {
      g_string_append (status, " · ");
      g_string_append_printf (status,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u bullet left out to fit the page budget",
                                           "%u bullets left out to fit the page budget",
                                           n_dropped),
                              n_dropped);
    }

  gtk_label_set_label (self->status_label, status->str);
}

typedef struct
{
  GWeakRef self;
  guint    serial;
} Request;

static void
request_free (Request *request)
{
  g_weak_ref_clear (&request->self);
  g_free (request);
}

static void
on_fitted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(VocResumeVariants) self = g_weak_ref_get (&request->self);
  guint serial = request->serial;
  g_autoptr(VocResumeBuild) build = g_task_propagate_pointer (G_TASK (result), NULL);

  request_free (request);
  if (self == NULL || serial != self->compile_serial || build == NULL)
    return;

  g_clear_pointer (&self->build, voc_resume_build_free);
  self->build = g_steal_pointer (&build);

  voc_resume_preview_set_document (self->preview, voc_resume_build_get_resume (self->build),
                                   voc_resume_build_get_template_id (self->build),
                                   voc_resume_build_get_paper (self->build));
  self->compiling = self->compile_id != 0;
  update_status (self);
  update_actions (self);
}

static void
compile_now (VocResumeVariants *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  VocResumeBuild *build;
  Request *request;

  g_clear_handle_id (&self->compile_id, g_source_remove);
  self->compile_serial++;

  if (self->variant == NULL)
    {
      self->compiling = FALSE;
      g_clear_pointer (&self->build, voc_resume_build_free);
      voc_resume_preview_set_document (self->preview, NULL, NULL, VOC_PAPER_A4);
      update_status (self);
      update_actions (self);
      return;
    }

  save_rules (self);

  build = voc_resume_build_new (self->database, self->variant, &error);
  if (build == NULL)
    {
      self->compiling = FALSE;
      g_clear_pointer (&self->build, voc_resume_build_free);
      gtk_label_set_label (self->status_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
      update_actions (self);
      return;
    }

  request = g_new0 (Request, 1);
  g_weak_ref_init (&request->self, self);
  request->serial = self->compile_serial;

  /* The build belongs to the worker, which returns it; no source object (see the preview). */
  task = g_task_new (NULL, self->cancellable, on_fitted_cb, request);
  g_task_set_source_tag (task, compile_now);
  g_task_set_task_data (task, build, NULL);
  g_task_run_in_thread (task, fit_thread);
  self->compiling = TRUE;
  update_actions (self);
}

static gboolean
on_compile_timeout_cb (gpointer user_data)
{
  VocResumeVariants *self = user_data;

  self->compile_id = 0;
  compile_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_compile (VocResumeVariants *self)
{
  if (self->variant == NULL)
    return;

  g_clear_handle_id (&self->compile_id, g_source_remove);
  self->compile_id = g_timeout_add (COMPILE_DELAY_MS, on_compile_timeout_cb, self);
  self->compiling = TRUE;
  update_actions (self);
}

/* Tags ---------------------------------------------------------------------------------------- */

typedef struct
{
  VocResumeVariants *self;
  const char        *key;
  char              *tag;
} ChipData;

static void
chip_data_free (gpointer  data,
                GClosure *closure)
{
  ChipData *chip = data;

  g_free (chip->tag);
  g_free (chip);
}

static void
on_chip_remove_clicked_cb (GtkButton *button,
                           ChipData  *chip)
{
  VocResumeVariants *self = chip->self;
  g_autoptr(GPtrArray) tags = rules_get_strings (self, chip->key);
  g_autofree char *key = g_strdup (chip->key);
  g_autofree char *tag = g_strdup (chip->tag);

  for (guint i = 0; i < tags->len; i++)
    if (g_utf8_collate (g_ptr_array_index (tags, i), tag) == 0)
      g_ptr_array_remove_index (tags, i--);

  /* Rebuilding the chips destroys this button (the emission keeps @chip until it ends). */
  rules_set_strings (self, key, tags);
  show_chips (self, g_str_equal (key, self->include.key) ? &self->include : &self->exclude);
}

static void
show_chips (VocResumeVariants *self,
            TagEditor         *editor)
{
  g_autoptr(GPtrArray) tags = rules_get_strings (self, editor->key);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (editor->chips))) != NULL)
    gtk_flow_box_remove (editor->chips, child);

  for (guint i = 0; i < tags->len; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *label = gtk_label_new (tag);
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      /* TRANSLATORS: the tooltip of the button that removes a tag from a variant's rules */
      g_autofree char *tooltip = g_strdup_printf (_("Remove “%s”"), tag);
      ChipData *data = g_new0 (ChipData, 1);

      data->self = self;
      data->key = editor->key;
      data->tag = g_strdup (tag);
      gtk_widget_add_css_class (box, "skill-chip");
      gtk_widget_add_css_class (box, "tag-chip");
      gtk_widget_set_halign (box, GTK_ALIGN_START);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), remove);
      g_signal_connect_data (remove, "clicked", G_CALLBACK (on_chip_remove_clicked_cb), data,
                             chip_data_free, 0);
      gtk_flow_box_append (editor->chips, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (editor->chips), tags->len > 0);
}

static void
add_tag (VocResumeVariants *self,
         TagEditor         *editor)
{
  g_autofree char *tag = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->entry))));
  g_autoptr(GPtrArray) tags = NULL;

  if (tag[0] == '\0' || self->variant == NULL)
    return;

  tags = rules_get_strings (self, editor->key);
  for (guint i = 0; i < tags->len; i++)
    {
      g_autofree char *a = g_utf8_casefold (g_ptr_array_index (tags, i), -1);
      g_autofree char *b = g_utf8_casefold (tag, -1);

      if (g_str_equal (a, b))
        {
          gtk_editable_set_text (GTK_EDITABLE (editor->entry), "");
          return;
        }
    }

  g_ptr_array_add (tags, g_steal_pointer (&tag));
  rules_set_strings (self, editor->key, tags);
  gtk_editable_set_text (GTK_EDITABLE (editor->entry), "");
  show_chips (self, editor);
}

static void
on_include_entry_activate_cb (GtkEntry          *entry,
                              VocResumeVariants *self)
{
  add_tag (self, &self->include);
}

static void
on_exclude_entry_activate_cb (GtkEntry          *entry,
                              VocResumeVariants *self)
{
  add_tag (self, &self->exclude);
}

static void
build_tag_editor (VocResumeVariants   *self,
                  TagEditor           *editor,
                  AdwPreferencesGroup *group,
                  const char          *key,
                  const char          *placeholder,
                  GCallback            activate)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkEntryCompletion *completion = gtk_entry_completion_new ();

  editor->key = key;
  editor->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (editor->entry, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->tag_store));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_popup_single_match (completion, FALSE);
  gtk_entry_set_completion (editor->entry, completion);
  g_object_unref (completion);
  g_signal_connect (editor->entry, "activate", activate, self);

  editor->chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (editor->chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (editor->chips, 6);
  gtk_flow_box_set_row_spacing (editor->chips, 6);
  gtk_flow_box_set_max_children_per_line (editor->chips, 8);
  gtk_widget_set_visible (GTK_WIDGET (editor->chips), FALSE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor->entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor->chips));
  adw_preferences_group_add (group, box);
}

static void
refresh_tags (VocResumeVariants *self)
{
  g_auto(GStrv) tags = voc_resume_library_dup_tags (self->database);

  gtk_list_store_clear (self->tag_store);
  for (guint i = 0; tags[i] != NULL; i++)
    gtk_list_store_insert_with_values (self->tag_store, NULL, -1, 0, tags[i], -1);
}

/* Experiences and sections -------------------------------------------------------------------- */

static void
on_experience_toggled_cb (GtkCheckButton    *check,
                          VocResumeVariants *self)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  guint n_active = 0;

  for (guint i = 0; i < self->experience_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->experience_checks, i)))
      {
        g_ptr_array_add (uuids, g_strdup (g_ptr_array_index (self->experience_uuids, i)));
        n_active++;
      }

  /* The last one checked stays: a variant without any role is not what anyone sends. */
  for (guint i = 0; i < self->experience_checks->len; i++)
    {
      GtkWidget *other = g_ptr_array_index (self->experience_checks, i);

      gtk_widget_set_sensitive (other, n_active != 1 ||
                                       !gtk_check_button_get_active (GTK_CHECK_BUTTON (other)));
    }

  if (self->loading)
    return;

  /* All of them: no rule, so that a role added later is in too. */
  if (n_active == self->experience_checks->len)
    g_ptr_array_set_size (uuids, 0);
  rules_set_strings (self, "experiences", uuids);
}

static void
show_experience_rules (VocResumeVariants *self)
{
  g_autoptr(GPtrArray) chosen = rules_get_strings (self, "experiences");

  self->loading++;
  for (guint i = 0; i < self->experience_checks->len; i++)
    {
      const char *uuid = g_ptr_array_index (self->experience_uuids, i);
      gboolean active = chosen->len == 0;

      for (guint j = 0; j < chosen->len && !active; j++)
        active = g_str_equal (g_ptr_array_index (chosen, j), uuid);
      gtk_check_button_set_active (g_ptr_array_index (self->experience_checks, i), active);
    }
  if (self->experience_checks->len > 0)
    on_experience_toggled_cb (g_ptr_array_index (self->experience_checks, 0), self);
  self->loading--;
}

static void
refresh_experiences (VocResumeVariants *self)
{
  g_autoptr(VocEntityList) experiences = NULL;

  for (guint i = 0; i < self->experience_rows->len; i++)
    adw_preferences_group_remove (self->experiences_group,
                                  g_ptr_array_index (self->experience_rows, i));
  g_ptr_array_set_size (self->experience_rows, 0);
  g_ptr_array_set_size (self->experience_checks, 0);
  g_ptr_array_set_size (self->experience_uuids, 0);

  experiences = voc_repository_list (VOC_REPOSITORY (self->resume), VOC_TYPE_EXPERIENCE,
                                     "t.position");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (experiences)); i++)
    {
      g_autoptr(VocExperience) experience = g_list_model_get_item (G_LIST_MODEL (experiences), i);
      g_autofree char *dates = voc_format_date_range (voc_experience_get_start_date (experience),
                                                      voc_experience_get_end_date (experience));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *employer = voc_experience_get_employer (experience);

      if (employer != NULL && dates != NULL && *dates != '\0')
        /* TRANSLATORS: an employer and the dates of a role */
        subtitle = g_strdup_printf (C_("experience", "%s · %s"), employer, dates);
      else
        subtitle = g_strdup (employer != NULL ? employer : dates);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     voc_experience_get_title (experience));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      voc_experience_get_title (experience), -1);
      g_signal_connect (check, "toggled", G_CALLBACK (on_experience_toggled_cb), self);
      adw_preferences_group_add (self->experiences_group, row);

      g_ptr_array_add (self->experience_rows, row);
      g_ptr_array_add (self->experience_checks, check);
      g_ptr_array_add (self->experience_uuids,
                       g_strdup (voc_entity_get_uuid (VOC_ENTITY (experience))));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->experiences_group), self->experience_rows->len > 0);
  show_experience_rules (self);
}

static void
on_section_active_cb (GtkSwitch         *widget,
                      GParamSpec        *pspec,
                      VocResumeVariants *self)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  if (self->loading)
    return;

  for (guint i = 0; i < self->section_switches->len; i++)
    if (gtk_switch_get_active (g_ptr_array_index (self->section_switches, i)))
      g_ptr_array_add (keys, g_strdup (g_ptr_array_index (self->section_keys, i)));

  /* All of them: no rule. None: basics only, which needs a rule that names none. */
  if (keys->len == self->section_switches->len)
    rules_set_strings (self, "sections", NULL);
  else if (keys->len == 0)
    {
      json_object_set_array_member (self->rules, "sections", json_array_new ());
      rules_changed (self);
    }
  else
    rules_set_strings (self, "sections", keys);
}

static void
show_section_rules (VocResumeVariants *self)
{
  JsonNode *node = self->rules != NULL ? json_object_get_member (self->rules, "sections") : NULL;
  g_autoptr(GPtrArray) chosen = rules_get_strings (self, "sections");

  self->loading++;
  for (guint i = 0; i < self->section_switches->len; i++)
    {
      const char *key = g_ptr_array_index (self->section_keys, i);
      gboolean active = node == NULL;

      for (guint j = 0; j < chosen->len && !active; j++)
        active = g_str_equal (g_ptr_array_index (chosen, j), key);
      gtk_switch_set_active (g_ptr_array_index (self->section_switches, i), active);
    }
  self->loading--;
}

static void
refresh_sections (VocResumeVariants *self)
{
  g_autoptr(JsonObject) base = voc_json_resume_export_with_rules (self->database, NULL, NULL,
                                                                  NULL);

  for (guint i = 0; i < self->section_rows->len; i++)
    adw_preferences_group_remove (self->sections_group,
                                  g_ptr_array_index (self->section_rows, i));
  g_ptr_array_set_size (self->section_rows, 0);
  g_ptr_array_set_size (self->section_switches, 0);
  g_ptr_array_set_size (self->section_keys, 0);

  for (guint i = 0; base != NULL && i < G_N_ELEMENTS (section_names); i++)
    {
      GtkWidget *row;
      GtkWidget *toggle;

      if (!json_object_has_member (base, section_names[i].key))
        continue;

      row = adw_action_row_new ();
      toggle = gtk_switch_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(section_names[i].title));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(section_names[i].title), -1);
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_section_active_cb), self);
      adw_preferences_group_add (self->sections_group, row);

      g_ptr_array_add (self->section_rows, row);
      g_ptr_array_add (self->section_switches, toggle);
      g_ptr_array_add (self->section_keys, (gpointer) section_names[i].key);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sections_group), self->section_rows->len > 0);
  show_section_rules (self);
}

/* Layout rows --------------------------------------------------------------------------------- */

static void
on_budget_selected_cb (AdwComboRow       *row,
                       GParamSpec        *pspec,
                       VocResumeVariants *self)
{
  if (!self->loading)
    rules_set_int (self, "page_budget", adw_combo_row_get_selected (row));
}

static void
on_template_selected_cb (AdwComboRow       *row,
                         GParamSpec        *pspec,
                         VocResumeVariants *self)
{
  guint n = 0;
  const VocResumeTemplate *templates = voc_resume_templates (&n);
  guint selected = adw_combo_row_get_selected (row);

  if (!self->loading && selected < n)
    rules_set_string (self, "template", selected == 0 ? NULL : templates[selected].id);
}

static void
on_paper_selected_cb (AdwComboRow       *row,
                      GParamSpec        *pspec,
                      VocResumeVariants *self)
{
  if (!self->loading)
    rules_set_string (self, "paper", adw_combo_row_get_selected (row) == 1 ? "letter" : NULL);
}

static void
on_per_role_changed_cb (GtkSpinButton     *spin,
                        VocResumeVariants *self)
{
  if (!self->loading)
    rules_set_int (self, "bullets_per_role", gtk_spin_button_get_value_as_int (spin));
}

/* The variant edited -------------------------------------------------------------------------- */

static void
show_rules (VocResumeVariants *self)
{
  g_autofree char *template_id = NULL;
  VocPaper paper = VOC_PAPER_A4;
  guint budget = 0;
  guint n = 0;
  const VocResumeTemplate *templates = voc_resume_templates (&n);
  g_autofree char *rules = object_to_string (self->rules);

  /* Rules that do not parse show as the defaults; compiling says what is wrong. */
  voc_resume_rules_get_layout (rules, &template_id, &paper, &budget, NULL);

  self->loading++;
  adw_combo_row_set_selected (self->budget_row, budget);
  adw_combo_row_set_selected (self->paper_row, paper == VOC_PAPER_LETTER ? 1 : 0);
  adw_combo_row_set_selected (self->template_row, 0);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (templates[i].id, template_id) == 0)
      adw_combo_row_set_selected (self->template_row, i);
  gtk_spin_button_set_value (self->per_role_spin, rules_get_int (self, "bullets_per_role"));
  self->loading--;

  show_chips (self, &self->include);
  show_chips (self, &self->exclude);
  show_experience_rules (self);
  show_section_rules (self);
}

static void
edit_variant (VocResumeVariants *self,
              gint64             id)
{
  g_autoptr(VocResumeVersion) variant = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (self->variant != NULL && voc_entity_get_id (VOC_ENTITY (self->variant)) == id)
    return;

  /* What was changed in the one before is saved before leaving it. */
  save_rules (self);

  if (id > 0)
    variant = voc_repository_find (VOC_REPOSITORY (self->pipeline), VOC_TYPE_RESUME_VERSION, id,
                                   NULL);
  g_set_object (&self->variant, variant);
  g_clear_pointer (&self->rules, json_object_unref);

  if (variant != NULL && voc_resume_version_get_rules (variant) != NULL)
    node = json_from_string (voc_resume_version_get_rules (variant), NULL);
  self->rules = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                  ? json_object_ref (json_node_get_object (node)) : json_object_new ();

  adw_window_title_set_subtitle (self->window_title,
                                 variant != NULL ? voc_resume_version_get_name (variant) : "");
  show_rules (self);
  compile_now (self);
}

/* The list of variants ------------------------------------------------------------------------ */

static gboolean
is_pending_delete (VocResumeVariants *self,
                   gint64             id)
{
  for (guint i = 0; i < self->pending_deletes->len; i++)
    if (g_array_index (self->pending_deletes, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  VocResumeVariants *self = user_data;

  return !is_pending_delete (self, voc_entity_get_id (VOC_ENTITY (item)));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_object_bind_property (item, "name", label, "label", G_BINDING_SYNC_CREATE);
  return label;
}

static int
find_visible (VocResumeVariants *self,
              gint64             id)
{
  GListModel *model = G_LIST_MODEL (self->visible);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VocEntity) entity = g_list_model_get_item (model, i);

      if (voc_entity_get_id (entity) == id)
        return (int) i;
    }

  return -1;
}

static void
select_index (VocResumeVariants *self,
              int                index)
{
  GtkListBoxRow *row = index >= 0 ? gtk_list_box_get_row_at_index (self->variant_list, index)
                                  : NULL;

  if (row != NULL)
    gtk_list_box_select_row (self->variant_list, row);
}

static void
on_row_selected_cb (GtkListBox        *box,
                    GtkListBoxRow     *row,
                    VocResumeVariants *self)
{
  g_autoptr(VocEntity) entity = NULL;

  if (row == NULL)
    return;

  entity = g_list_model_get_item (G_LIST_MODEL (self->visible), gtk_list_box_row_get_index (row));
  if (entity != NULL)
    edit_variant (self, voc_entity_get_id (entity));
}

static void
on_visible_items_changed_cb (GListModel        *model,
                             guint              position,
                             guint              removed,
                             guint              added,
                             VocResumeVariants *self)
{
  guint n = g_list_model_get_n_items (model);
  int index = self->variant != NULL
                ? find_visible (self, voc_entity_get_id (VOC_ENTITY (self->variant))) : -1;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "editor" : "empty");

  if (n == 0)
    {
      edit_variant (self, 0);
      return;
    }

  /* The one edited stays chosen; when it is gone, the one at its place. */
  if (index < 0)
    index = MIN (position, n - 1);
  select_index (self, index);
}

static VocResumeVersion *
insert_variant (VocResumeVariants *self,
                const char        *name,
                const char        *rules)
{
  g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
  g_autoptr(GError) error = NULL;

  voc_resume_version_set_name (variant, name);
  voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
  voc_resume_version_set_rules (variant, rules != NULL ? rules : "{}");
  if (!voc_repository_insert (VOC_REPOSITORY (self->pipeline), variant, &error))
    {
      show_error (self, _("Could Not Add the Variant"), error->message);
      return NULL;
    }

  return g_steal_pointer (&variant);
}

static gboolean
name_taken (VocResumeVariants *self,
            const char        *name)
{
  GListModel *model = G_LIST_MODEL (self->variants);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VocResumeVersion) variant = g_list_model_get_item (model, i);

      if (g_strcmp0 (voc_resume_version_get_name (variant), name) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
select_variant (VocResumeVariants *self,
                VocResumeVersion  *variant)
{
  if (variant != NULL)
    select_index (self, find_visible (self, voc_entity_get_id (VOC_ENTITY (variant))));
}

/* Actions ------------------------------------------------------------------------------------- */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  g_autoptr(VocResumeVersion) variant = NULL;
  g_autofree char *name = NULL;

  for (guint i = 1; name == NULL || name_taken (self, name); i++)
    {
      g_free (name);
      /* TRANSLATORS: the name of a new resume variant */
      name = g_strdup_printf (_("Variant %u"), i);
    }

  variant = insert_variant (self, name, "{}");
  select_variant (self, variant);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  g_autoptr(VocResumeVersion) variant = NULL;
  g_autofree char *rules = NULL;
  g_autofree char *name = NULL;

  if (self->variant == NULL)
    return;

  save_rules (self);
  rules = object_to_string (self->rules);
  /* TRANSLATORS: the name of a copy of the resume variant %s */
  name = g_strdup_printf (_("%s (Copy)"), voc_resume_version_get_name (self->variant));
  variant = insert_variant (self, name, rules);
  select_variant (self, variant);
}

static gboolean
commit_delete (VocResumeVariants *self,
               gint64             id)
{
  g_autoptr(VocResumeVersion) variant = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  for (guint i = 0; i < self->pending_deletes->len && !found; i++)
    if (g_array_index (self->pending_deletes, gint64, i) == id)
      {
        g_array_remove_index (self->pending_deletes, i);
        found = TRUE;
      }
  if (!found)
    return FALSE;

  variant = voc_repository_find (VOC_REPOSITORY (self->pipeline), VOC_TYPE_RESUME_VERSION, id,
                                 NULL);
  if (variant != NULL && !voc_repository_delete (VOC_REPOSITORY (self->pipeline), variant, &error))
    g_warning ("Cannot delete resume variant %" G_GINT64_FORMAT ": %s", id, error->message);

  return TRUE;
}

typedef struct
{
  GWeakRef self;
  gint64   id;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_weak_ref_clear (&pending->self);
  g_free (pending);
}

static void
on_undo_clicked_cb (AdwToast      *toast,
                    PendingDelete *pending)
{
  g_autoptr(VocResumeVariants) self = g_weak_ref_get (&pending->self);

  if (self == NULL)
    return;

  for (guint i = 0; i < self->pending_deletes->len; i++)
    if (g_array_index (self->pending_deletes, gint64, i) == pending->id)
      {
        g_array_remove_index (self->pending_deletes, i);
        gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
        select_index (self, find_visible (self, pending->id));
        return;
      }
}

static void
on_undo_dismissed_cb (AdwToast      *toast,
                      PendingDelete *pending)
{
  g_autoptr(VocResumeVariants) self = g_weak_ref_get (&pending->self);

  if (self != NULL)
    commit_delete (self, pending->id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  g_autofree char *title = NULL;
  PendingDelete *pending;
  AdwToast *toast;
  gint64 id;

  if (self->variant == NULL)
    return;

  save_rules (self);
  id = voc_entity_get_id (VOC_ENTITY (self->variant));
  /* TRANSLATORS: %s is the name of a resume variant */
  title = g_strdup_printf (_("“%s” deleted"), voc_resume_version_get_name (self->variant));
  g_array_append_val (self->pending_deletes, id);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  pending = g_new0 (PendingDelete, 1);
  g_weak_ref_init (&pending->self, self);
  pending->id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), pending, NULL,
                         0);
  /* The data goes with the toast. */
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (on_undo_dismissed_cb), pending,
                         pending_delete_free, G_CONNECT_AFTER);
  show_toast (self, toast);
}

/* A dialog that asks for a name. */
static AdwMessageDialog *
name_dialog (VocResumeVariants *self,
             const char        *heading,
             const char        *body,
             const char        *response,
             const char        *response_label,
             const char        *name)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_weak_pointer (&self->dialog, ADW_MESSAGE_DIALOG (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

static const char *
dialog_name (AdwMessageDialog *dialog)
{
  return gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)));
}

static void
on_rename_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       VocResumeVariants *self)
{
  if (g_str_equal (response, "rename"))
    voc_resume_variants_rename (self, dialog_name (dialog));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  AdwMessageDialog *dialog;

  if (self->variant == NULL)
    return;

  dialog = name_dialog (self, _("Rename Variant"), NULL, "rename", _("_Rename"),
                        voc_resume_version_get_name (self->variant));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_freeze_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       VocResumeVariants *self)
{
  if (g_str_equal (response, "save"))
    {
      g_autoptr(VocResumeVersion) version = voc_resume_variants_freeze (self, dialog_name (dialog));
    }
}

static void
freeze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%e %b %Y");
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  if (self->variant == NULL || self->build == NULL)
    return;

  /* TRANSLATORS: the default name of a sent version: a variant's name and today's date */
  name = g_strdup_printf (_("%s, %s"), voc_resume_version_get_name (self->variant),
                          g_strstrip (date));
  dialog = name_dialog (self, _("Save as Sent Version"),
                        _("The document is kept exactly as it is now, even when your resume "
                          "changes later."),
                        "save", _("_Save"), name);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_freeze_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

typedef struct
{
  JsonObject      *resume;
  GFile           *file;
  VocResumeFormat  format;
  char            *template_id;
  VocPaper         paper;
} Export;

static void
export_free (Export *export)
{
  g_clear_pointer (&export->resume, json_object_unref);
  g_clear_object (&export->file);
  g_free (export->template_id);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  GError *error = NULL;

  if (!voc_resume_export_to_file (export->resume, export->file, export->format,
                                  export->template_id, export->paper, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_open_clicked_cb (AdwToast *toast,
                    GFile    *file)
{
  GtkWindow *parent = NULL;
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocResumeVariants) self = g_weak_ref_get (user_data);
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_weak_ref_clear (user_data);
  g_free (user_data);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->exporting = FALSE;
          show_error (self, _("Could Not Export"), error->message);
          update_actions (self);
        }
      return;
    }

  if (self == NULL)
    return;

  self->exporting = FALSE;
  update_actions (self);
  name = g_file_get_basename (export->file);
  /* TRANSLATORS: %s is a file name */
  title = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                         g_object_ref (export->file), (GClosureNotify) g_object_unref,
                         0);
  show_toast (self, toast);
}

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        VocResumeVariants *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        voc_resume_variants_export (self, file);
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->variant == NULL || self->build == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Variant"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  name = voc_format_file_name (voc_resume_version_get_name (self->variant), "application/pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The critic on the variant as it compiles now, as Markdown, against its posting if it has
 * one. Only offered when the app has an AI assist; the dialog says how to set up a provider
 * when none is. */
static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (widget);
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *posting = NULL;
  gint64 posting_id;

  if (self->variant == NULL || self->build == NULL)
    return;
  markdown = voc_resume_export (voc_resume_build_get_resume (self->build),
                                VOC_RESUME_FORMAT_MARKDOWN, NULL, VOC_PAPER_A4, &error);
  if (markdown == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  text = g_strndup (g_bytes_get_data (markdown, NULL), g_bytes_get_size (markdown));
  posting_id = voc_resume_version_get_posting_id (self->variant);
  if (posting_id > 0)
    {
      g_autoptr(VocJobRepository) jobs = voc_job_repository_new (self->database);

      posting = voc_job_repository_dup_text (jobs, posting_id, TRUE, &error);
      if (error != NULL)
        g_warning ("Cannot read the posting of a variant: %s", error->message);
    }
  voc_critic_dialog_present (GTK_WINDOW (self), self->database, "resume-version",
                             voc_entity_get_id (VOC_ENTITY (self->variant)), text, posting);
}

static void
update_actions (VocResumeVariants *self)
{
  gboolean has_variant = self->variant != NULL;
  gboolean ready = has_variant && self->build != NULL && !self->compiling;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.rename", has_variant);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.duplicate", has_variant);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.delete", has_variant);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.freeze", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.export", ready && !self->exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "variants.review",
                                 ready && voc_ai_assist_get_default () != NULL);
}

/* The library changed */

static void
on_rows_changed_cb (VocDatabase       *database,
                    const char        *table,
                    GArray            *changes,
                    VocResumeVariants *self)
{
  static const char *library[] = {
    "profile", "experience", "engagement", "bullet", "education", "certification", "skill",
    "project", "language",
  };
  gboolean ours = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (library) && !ours; i++)
    ours = g_str_equal (table, library[i]);
  if (!ours)
    return;

  if (g_str_equal (table, "experience"))
    refresh_experiences (self);
  if (g_str_equal (table, "bullet"))
    refresh_tags (self);
  if (!g_str_equal (table, "bullet") && !g_str_equal (table, "engagement") &&
      !g_str_equal (table, "experience"))
    refresh_sections (self);
  schedule_compile (self);
}

/* GObject ------------------------------------------------------------------------------------- */

static gboolean
voc_resume_variants_close_request (GtkWindow *window)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (window);

  /* The last moment for unsaved rules and for deletes waiting for their undo. */
  save_rules (self);
  while (self->pending_deletes->len > 0)
    commit_delete (self, g_array_index (self->pending_deletes, gint64, 0));

  return GTK_WINDOW_CLASS (voc_resume_variants_parent_class)->close_request (window);
}

static void
voc_resume_variants_constructed (GObject *object)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (object);

  G_OBJECT_CLASS (voc_resume_variants_parent_class)->constructed (object);

  g_return_if_fail (VOC_IS_DATABASE (self->database));

  self->pipeline = voc_pipeline_repository_new (self->database);
  self->resume = voc_resume_repository_new (self->database);
  self->variants = voc_repository_list_where (VOC_REPOSITORY (self->pipeline),
                                              VOC_TYPE_RESUME_VERSION,
                                              "t.kind = 'variant' AND t.frozen = 0",
                                              "t.name COLLATE NOCASE", NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->visible = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->variants)),
                                             g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->variant_list, G_LIST_MODEL (self->visible), create_row, self,
                           NULL);
  g_signal_connect_object (self->visible, "items-changed",
                           G_CALLBACK (on_visible_items_changed_cb), self, G_CONNECT_AFTER);
  g_signal_connect_object (self->database, "rows-changed", G_CALLBACK (on_rows_changed_cb), self,
                           0);

  refresh_tags (self);
  refresh_experiences (self);
  refresh_sections (self);

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->visible)) > 0
                                      ? "editor" : "empty");
  select_index (self, 0);
  update_actions (self);
}

static void
voc_resume_variants_dispose (GObject *object)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->compile_id, g_source_remove);
  if (self->variants != NULL)
    gtk_list_box_bind_model (self->variant_list, NULL, NULL, NULL, NULL);
  g_clear_weak_pointer (&self->toast);
  g_clear_weak_pointer (&self->dialog);

  G_OBJECT_CLASS (voc_resume_variants_parent_class)->dispose (object);
}

static void
voc_resume_variants_finalize (GObject *object)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->visible);
  g_clear_object (&self->filter);
  g_clear_object (&self->variants);
  g_clear_object (&self->pipeline);
  g_clear_object (&self->resume);
  g_clear_object (&self->database);
  g_clear_object (&self->variant);
  g_clear_object (&self->tag_store);
  g_clear_pointer (&self->rules, json_object_unref);
  g_clear_pointer (&self->build, voc_resume_build_free);
  g_clear_pointer (&self->pending_deletes, g_array_unref);
  g_clear_pointer (&self->experience_rows, g_ptr_array_unref);
  g_clear_pointer (&self->experience_checks, g_ptr_array_unref);
  g_clear_pointer (&self->experience_uuids, g_ptr_array_unref);
  g_clear_pointer (&self->section_rows, g_ptr_array_unref);
  g_clear_pointer (&self->section_switches, g_ptr_array_unref);
  g_clear_pointer (&self->section_keys, g_ptr_array_unref);

  G_OBJECT_CLASS (voc_resume_variants_parent_class)->finalize (object);
}

static void
voc_resume_variants_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_variants_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VocResumeVariants *self = VOC_RESUME_VARIANTS (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_variants_class_init (VocResumeVariantsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = voc_resume_variants_constructed;
  object_class->dispose = voc_resume_variants_dispose;
  object_class->finalize = voc_resume_variants_finalize;
  object_class->get_property = voc_resume_variants_get_property;
  object_class->set_property = voc_resume_variants_set_property;
  window_class->close_request = voc_resume_variants_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VOC_TYPE_RESUME_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-variants.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, stack);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, variant_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, status_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, budget_row);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, template_row);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, paper_row);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, per_role_spin);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, include_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, exclude_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, experiences_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, sections_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumeVariants, preview);

  gtk_widget_class_install_action (widget_class, "variants.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "variants.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "variants.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "variants.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "variants.freeze", NULL, freeze_action);
  gtk_widget_class_install_action (widget_class, "variants.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "variants.review", NULL, review_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "variants.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "variants.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "variants.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "variants.freeze", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "variants.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
voc_resume_variants_init (VocResumeVariants *self)
{
  g_autoptr(GtkStringList) budgets = NULL;
  g_autoptr(GtkStringList) templates = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) papers = NULL;
  const VocResumeTemplate *list;
  guint n = 0;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->pending_deletes = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->experience_rows = g_ptr_array_new ();
  self->experience_checks = g_ptr_array_new ();
  self->experience_uuids = g_ptr_array_new_with_free_func (g_free);
  self->section_rows = g_ptr_array_new ();
  self->section_switches = g_ptr_array_new ();
  self->section_keys = g_ptr_array_new ();
  self->tag_store = gtk_list_store_new (1, G_TYPE_STRING);

  budgets = gtk_string_list_new ((const char *[]) {
    C_("page budget", "No Limit"), C_("page budget", "1 Page"), C_("page budget", "2 Pages"),
    NULL });
  adw_combo_row_set_model (self->budget_row, G_LIST_MODEL (budgets));
  list = voc_resume_templates (&n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (templates, list[i].name);
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (templates));
  papers = gtk_string_list_new ((const char *[]) { _("A4"), _("US Letter"), NULL });
  adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));

  g_signal_connect (self->budget_row, "notify::selected", G_CALLBACK (on_budget_selected_cb),
                    self);
  g_signal_connect (self->template_row, "notify::selected",
                    G_CALLBACK (on_template_selected_cb), self);
  g_signal_connect (self->paper_row, "notify::selected", G_CALLBACK (on_paper_selected_cb), self);
  g_signal_connect (self->per_role_spin, "value-changed", G_CALLBACK (on_per_role_changed_cb),
                    self);
  g_signal_connect (self->variant_list, "row-selected", G_CALLBACK (on_row_selected_cb), self);

  build_tag_editor (self, &self->include, self->include_group, "include_tags",
                    _("Add a tag to include…"), G_CALLBACK (on_include_entry_activate_cb));
  build_tag_editor (self, &self->exclude, self->exclude_group, "exclude_tags",
                    _("Add a tag to exclude…"), G_CALLBACK (on_exclude_entry_activate_cb));
}

/* Public API ---------------------------------------------------------------------------------- */

VocResumeVariants *
voc_resume_variants_new (VocDatabase *database)
{
  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  return g_object_new (VOC_TYPE_RESUME_VARIANTS,
                       "database", database,
                       NULL);
}

/**
 * voc_resume_variants_present:
 * @parent: (nullable): the window it belongs to
 * @database: the database whose variants to edit
 *
 * Opens the variant editor over @parent.
 */
void
voc_resume_variants_present (GtkWindow   *parent,
                             VocDatabase *database)
{
  VocResumeVariants *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (VOC_IS_DATABASE (database));

  self = voc_resume_variants_new (database);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self));
}

GListModel *
voc_resume_variants_get_variants (VocResumeVariants *self)
{
  return G_LIST_MODEL (self->visible);
}

VocResumeVersion *
voc_resume_variants_get_variant (VocResumeVariants *self)
{
  return self->variant;
}

gboolean
voc_resume_variants_select (VocResumeVariants *self,
                            gint64             id)
{
  int index = find_visible (self, id);

  select_index (self, index);
  return index >= 0;
}

VocResumeBuild *
voc_resume_variants_get_build (VocResumeVariants *self)
{
  return self->build;
}

/* Whether a compile or the preview's drawing is under way. */
gboolean
voc_resume_variants_get_busy (VocResumeVariants *self)
{
  return self->compiling || voc_resume_preview_get_busy (self->preview);
}

VocResumePreview *
voc_resume_variants_get_preview (VocResumeVariants *self)
{
  return self->preview;
}

GtkEditable *
voc_resume_variants_get_tag_entry (VocResumeVariants *self,
                                   gboolean           exclude)
{
  return GTK_EDITABLE ((exclude ? &self->exclude : &self->include)->entry);
}

GtkWidget *
voc_resume_variants_get_tag_chips (VocResumeVariants *self,
                                   gboolean           exclude)
{
  return GTK_WIDGET ((exclude ? &self->exclude : &self->include)->chips);
}

AdwComboRow *
voc_resume_variants_get_budget_row (VocResumeVariants *self)
{
  return self->budget_row;
}

AdwComboRow *
voc_resume_variants_get_paper_row (VocResumeVariants *self)
{
  return self->paper_row;
}

GtkSpinButton *
voc_resume_variants_get_per_role_spin (VocResumeVariants *self)
{
  return self->per_role_spin;
}

GtkCheckButton *
voc_resume_variants_get_experience_check (VocResumeVariants *self,
                                          guint              index)
{
  return index < self->experience_checks->len ? g_ptr_array_index (self->experience_checks, index)
                                              : NULL;
}

GtkSwitch *
voc_resume_variants_get_section_switch (VocResumeVariants *self,
                                        const char        *section)
{
  for (guint i = 0; i < self->section_keys->len; i++)
    if (g_str_equal (g_ptr_array_index (self->section_keys, i), section))
      return g_ptr_array_index (self->section_switches, i);
  return NULL;
}

GtkLabel *
voc_resume_variants_get_status_label (VocResumeVariants *self)
{
  return self->status_label;
}

AdwToast *
voc_resume_variants_get_toast (VocResumeVariants *self)
{
  return self->toast;
}

AdwMessageDialog *
voc_resume_variants_get_dialog (VocResumeVariants *self)
{
  return self->dialog;
}

/**
 * voc_resume_variants_rename:
 *
 * Renames the variant edited, as the Rename dialog does.
 *
 * Returns: %TRUE when it was renamed
 */
gboolean
voc_resume_variants_rename (VocResumeVariants *self,
                            const char        *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autoptr(GError) error = NULL;

  if (self->variant == NULL || clean[0] == '\0')
    return FALSE;

  save_rules (self);
  voc_resume_version_set_name (self->variant, clean);
  if (!voc_repository_update (VOC_REPOSITORY (self->pipeline), self->variant, &error))
    {
      show_error (self, _("Could Not Rename the Variant"), error->message);
      return FALSE;
    }

  adw_window_title_set_subtitle (self->window_title, clean);
  return TRUE;
}

/**
 * voc_resume_variants_freeze:
 *
 * Keeps the document shown as a sent version called @name, as the dialog of Save as Sent
 * Version does.
 *
 * Returns: (transfer full) (nullable): the version stored
 */
VocResumeVersion *
voc_resume_variants_freeze (VocResumeVariants *self,
                            const char        *name)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autoptr(GError) error = NULL;
  g_autoptr(VocResumeVersion) version = NULL;
  g_autofree char *title = NULL;

  if (self->variant == NULL || self->build == NULL || self->compiling)
    return NULL;

  if (clean[0] == '\0')
    {
      show_error (self, _("Could Not Save the Version"), _("A sent version needs a name."));
      return NULL;
    }

  version = voc_resume_freeze_build (self->database, self->variant, self->build, clean, 0,
                                     &error);
  if (version == NULL)
    {
      show_error (self, _("Could Not Save the Version"), error->message);
      return NULL;
    }

  /* TRANSLATORS: %s is the name of a sent version of the resume */
  title = g_strdup_printf (_("Saved “%s”"), clean);
  show_toast (self, adw_toast_new (title));
  return g_steal_pointer (&version);
}

/**
 * voc_resume_variants_export:
 * @file: where to write; the extension picks the format
 *
 * Exports the document shown to @file in a worker thread, as Export… does after its file
 * chooser: a toast with Open when done, a dialog with the reason when not.
 */
void
voc_resume_variants_export (VocResumeVariants *self,
                            GFile             *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  GWeakRef *ref;
  Export *export;
  VocResumeFormat format;

  if (self->build == NULL)
    return;

  if (!voc_resume_format_from_filename (basename, &format))
    {
      /* TRANSLATORS: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("“%s” does not end in .pdf, .docx, .md, "
                                                    ".txt or .json, which say the format to "
                                                    "export."), basename);

      show_error (self, _("Could Not Export"), message);
      return;
    }

  export = g_new0 (Export, 1);
  export->resume = copy_object (voc_resume_build_get_resume (self->build));
  export->file = g_object_ref (file);
  export->format = format;
  export->template_id = g_strdup (voc_resume_build_get_template_id (self->build));
  export->paper = voc_resume_build_get_paper (self->build);

  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->cancellable, on_exported_cb, ref);
  g_task_set_source_tag (task, voc_resume_variants_export);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, export_thread);
  self->exporting = TRUE;
  update_actions (self);
}

gboolean
voc_resume_variants_get_exporting (VocResumeVariants *self)
{
  return self->exporting;
}
