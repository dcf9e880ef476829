/* voc-resume-review.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-review"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-date.h"
#include "voc-extract.h"
#include "voc-resume-merge.h"
#include "voc-resume-review-private.h"
#include "voc-window-private.h"

/*
 * The review of a resume read from a file, before anything is saved: the file is read and
 * parsed in a worker thread (a spinner meanwhile), then the draft is shown as the profile's
 * fields, each experience (title, employer, dates, place) with its bullets, the schools, the
 * skills, the other sections, and the lines whose dates could not be read.
 *
 * The draft (JSON Resume–shaped) is the model: the fields edit copies of its values, the
 * remove buttons drop entries and bullets, and Save builds the document from what is left
 * and hands it to voc_resume_merge() — one transaction, merged into the library without
 * duplicating what it has. Cancel, or closing the window, saves nothing.
 */

typedef struct _Experience Experience;

typedef struct
{
  Experience *experience;
  GtkWidget  *row;
  GtkButton  *remove_button;
  char       *text;
} Bullet;

struct _Experience
{
  VocResumeReview *self;
  JsonObject      *entry;
  GtkWidget       *group;
  GtkButton       *remove_button;
  GHashTable      *fields;     /* JSON key → AdwEntryRow */
  GPtrArray       *bullets;    /* Bullet */
};

/* An entry of another section, shown as one row. */
typedef struct
{
  VocResumeReview *self;
  const char      *section;
  JsonObject      *entry;
  GtkWidget       *group;
  GtkWidget       *row;
} Entry;

struct _VocResumeReview
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkLabel        *loading_label;
  AdwStatusPage   *error_page;
  GtkBox          *draft_box;

  VocDatabase     *database;
  GFile           *file;
  char            *name;
  GCancellable    *cancellable;
  JsonObject      *draft;
  char            *error_message;
  char            *summary;
  char            *location;       /* the profile's place as shown, to tell an edit */
  GHashTable      *profile;        /* JSON key → AdwEntryRow */
  GPtrArray       *experiences;    /* Experience */
  GPtrArray       *entries;        /* Entry */
  guint            n_warnings;
  gboolean         saved;
};

G_DEFINE_FINAL_TYPE (VocResumeReview, voc_resume_review, ADW_TYPE_WINDOW)

typedef struct
{
  const char *key;
  const char *alias;
  const char *title;
} FieldSpec;

static const FieldSpec profile_fields[] = {
  { "name", NULL, N_("Name") },
  { "label", NULL, N_("Headline") },
  { "email", NULL, N_("Email") },
  { "phone", NULL, N_("Phone") },
  { "url", "website", N_("Website") },
  { "location", NULL, N_("Location") },
  { "summary", NULL, N_("Summary") },
};

static const FieldSpec experience_fields[] = {
  { "position", NULL, N_("Title") },
  { "name", "company", N_("Employer") },
  { "startDate", NULL, N_("Start (YYYY-MM)") },
  { "endDate", NULL, N_("End (YYYY-MM, empty while current)") },
  { "location", NULL, N_("Location") },
};

typedef struct
{
  const char *section;
  const char *title;
  const char *title_keys[2];
  const char *subtitle_keys[3];
} SectionSpec;

static const SectionSpec other_sections[] = {
  { "education", N_("Education"), { "institution", NULL }, { "studyType", "area", "endDate" } },
  { "skills", N_("Skills"), { "name", NULL }, { "level", "keywords", NULL } },
  { "certificates", N_("Certificates"), { "name", NULL }, { "issuer", "date", NULL } },
  { "projects", N_("Projects"), { "name", NULL }, { "description", NULL, NULL } },
  { "languages", N_("Languages"), { "language", NULL }, { "fluency", "level", NULL } },
  { "volunteer", N_("Volunteering"), { "organization", "position" }, { "position", NULL, NULL } },
  { "awards", N_("Awards"), { "title", NULL }, { "awarder", "date", NULL } },
  { "publications", N_("Publications"), { "name", NULL }, { "publisher", NULL, NULL } },
  { "interests", N_("Interests"), { "name", NULL }, { "keywords", NULL, NULL } },
  { "references", N_("References"), { "name", NULL }, { "reference", NULL, NULL } },
};

static void update_validity (VocResumeReview *self);

static void
bullet_free (Bullet *bullet)
{
  g_free (bullet->text);
  g_free (bullet);
}

static void
experience_free (Experience *experience)
{
  g_clear_pointer (&experience->entry, json_object_unref);
  g_clear_pointer (&experience->fields, g_hash_table_unref);
  g_clear_pointer (&experience->bullets, g_ptr_array_unref);
  g_free (experience);
}

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->entry, json_object_unref);
  g_free (entry);
}

/* Text of a member that is a string, else NULL. */
static const char *
member_text (JsonObject *object,
             const char *key)
{
  JsonNode *node;

  if (object == NULL || key == NULL)
    return NULL;

  node = json_object_get_member (object, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) == '\0')
    return NULL;

  return json_node_get_string (node);
}

static const char *
field_text (JsonObject      *object,
            const FieldSpec *spec)
{
  const char *text = member_text (object, spec->key);

  return text != NULL ? text : member_text (object, spec->alias);
}

/* A member as one line: text, or the texts of a list joined with commas. */
static char *
member_line (JsonObject *object,
             const char *key)
{
  JsonNode *node = key != NULL ? json_object_get_member (object, key) : NULL;

  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (parts, (gpointer) json_node_get_string (element));
        }
      if (parts->len == 0)
        return NULL;
      g_ptr_array_add (parts, NULL);
      /* TRANSLATORS: the separator of a list of keywords */
      return g_strjoinv (C_("list", ", "), (char **) parts->pdata);
    }

  return g_strdup (member_text (object, key));
}

static char *
location_line (JsonObject *basics)
{
  static const char *keys[] = { "city", "region", "countryCode" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  JsonNode *node = basics != NULL ? json_object_get_member (basics, "location") : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *part = member_text (json_node_get_object (node), keys[i]);

      if (part != NULL)
        g_ptr_array_add (parts, (gpointer) part);
    }
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static JsonArray *
section_array (JsonObject *draft,
               const char *section)
{
  JsonNode *node = json_object_get_member (draft, section);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static char *
trimmed_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static GtkWidget *
new_entry_row (const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");

  return row;
}

static GtkButton *
new_remove_button (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");

  return GTK_BUTTON (button);
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  return group;
}

static void
on_field_changed_cb (GtkEditable     *editable,
                     VocResumeReview *self)
{
  update_validity (self);
}

/* Experiences --------------------------------------------------------------------------- */

static void
update_experience_title (Experience *experience)
{
  AdwEntryRow *title_row = g_hash_table_lookup (experience->fields, "position");
  AdwEntryRow *employer_row = g_hash_table_lookup (experience->fields, "name");
  g_autofree char *title = trimmed_text (GTK_EDITABLE (title_row));
  g_autofree char *employer = trimmed_text (GTK_EDITABLE (employer_row));
  g_autofree char *heading = NULL;

  if (*title != '\0' && *employer != '\0')
    /* TRANSLATORS: a job title and an employer, as the heading of an experience */
    heading = g_strdup_printf (_("%s at %s"), title, employer);
  else if (*title != '\0' || *employer != '\0')
    heading = g_strdup (*title != '\0' ? title : employer);
  else
    heading = g_strdup (_("Experience without a title"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (experience->group), heading);
}

static void
on_experience_field_changed_cb (GtkEditable *editable,
                                Experience  *experience)
{
  update_experience_title (experience);
}

static void
on_remove_bullet_clicked_cb (GtkButton *button,
                             Bullet    *bullet)
{
  Experience *experience = bullet->experience;
  VocResumeReview *self = experience->self;
  GtkWidget *row = bullet->row;

  /* Frees the bullet; the row goes with the group's reference. */
  g_ptr_array_remove (experience->bullets, bullet);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (experience->group), row);
  update_validity (self);
}

static void
on_remove_experience_clicked_cb (GtkButton  *button,
                                 Experience *experience)
{
  VocResumeReview *self = experience->self;
  GtkWidget *group = experience->group;

  g_ptr_array_remove (self->experiences, experience);
  gtk_box_remove (self->draft_box, group);
  update_validity (self);
}

static void
add_bullet (Experience *experience,
            const char *text)
{
  Bullet *bullet = g_new0 (Bullet, 1);
  GtkWidget *row = adw_action_row_new ();

  bullet->experience = experience;
  bullet->row = row;
  bullet->text = g_strdup (text);
  bullet->remove_button = new_remove_button (_("Remove this bullet"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("view-list-bullet-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (bullet->remove_button));
  g_signal_connect (bullet->remove_button, "clicked",
                    G_CALLBACK (on_remove_bullet_clicked_cb), bullet);

  g_ptr_array_add (experience->bullets, bullet);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (experience->group), row);
}

static void
add_experience (VocResumeReview *self,
                JsonObject      *entry,
                gboolean         first)
{
  Experience *experience = g_new0 (Experience, 1);
  JsonNode *highlights = json_object_get_member (entry, "highlights");

  experience->self = self;
  experience->entry = json_object_ref (entry);
  experience->fields = g_hash_table_new (g_str_hash, g_str_equal);
  experience->bullets = g_ptr_array_new_with_free_func ((GDestroyNotify) bullet_free);
  experience->group = new_group (NULL, NULL);
  experience->remove_button = new_remove_button (_("Remove this experience and its bullets"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (experience->group),
                                           GTK_WIDGET (experience->remove_button));
  g_signal_connect (experience->remove_button, "clicked",
                    G_CALLBACK (on_remove_experience_clicked_cb), experience);

  for (guint i = 0; i < G_N_ELEMENTS (experience_fields); i++)
    {
      const FieldSpec *spec = &experience_fields[i];
      GtkWidget *row = new_entry_row (_(spec->title), field_text (entry, spec));

      g_hash_table_insert (experience->fields, (gpointer) spec->key, row);
      g_signal_connect (row, "changed", G_CALLBACK (on_field_changed_cb), self);
      if (i < 2)
        g_signal_connect (row, "changed", G_CALLBACK (on_experience_field_changed_cb), experience);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (experience->group), row);
    }
  update_experience_title (experience);

  if (highlights != NULL && JSON_NODE_HOLDS_ARRAY (highlights))
    {
      JsonArray *array = json_node_get_array (highlights);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
              *json_node_get_string (node) != '\0')
            add_bullet (experience, json_node_get_string (node));
        }
    }

  if (first)
    {
      GtkWidget *heading = gtk_label_new (_("Experience"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
      gtk_widget_add_css_class (heading, "title-4");
      gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
      gtk_box_append (self->draft_box, heading);
    }

  g_ptr_array_add (self->experiences, experience);
  gtk_box_append (self->draft_box, experience->group);
}

/* Other sections ------------------------------------------------------------------------- */

static void
on_remove_entry_clicked_cb (GtkButton *button,
                            Entry     *entry)
{
  VocResumeReview *self = entry->self;
  GtkWidget *group = entry->group;
  GtkWidget *row = entry->row;

  g_ptr_array_remove (self->entries, entry);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
  update_validity (self);
}

static void
add_section (VocResumeReview   *self,
             const SectionSpec *spec)
{
  JsonArray *array = section_array (self->draft, spec->section);
  GtkWidget *group = NULL;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      const char *title = NULL;
      JsonObject *object;
      Entry *entry;
      GtkButton *remove_button;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);

      for (guint k = 0; k < G_N_ELEMENTS (spec->title_keys) && title == NULL; k++)
        title = member_text (object, spec->title_keys[k]);
      for (guint k = 0; k < G_N_ELEMENTS (spec->subtitle_keys); k++)
        {
          char *line = member_line (object, spec->subtitle_keys[k]);

          if (line != NULL && g_strcmp0 (line, title) != 0)
            g_ptr_array_add (details, line);
          else
            g_free (line);
        }
      g_ptr_array_add (details, NULL);
      /* TRANSLATORS: the separator between the details of an entry ("BSc · Mathematics") */
      subtitle = g_strjoinv (C_("details", " · "), (char **) details->pdata);

      if (group == NULL)
        {
          group = new_group (_(spec->title), NULL);
          gtk_box_append (self->draft_box, group);
        }

      entry = g_new0 (Entry, 1);
      entry->self = self;
      entry->section = spec->section;
      entry->entry = json_object_ref (object);
      entry->group = group;
      entry->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry->row),
                                     title != NULL ? title : _("Untitled"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry->row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (entry->row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (entry->row), 2);
      remove_button = new_remove_button (_("Remove this entry"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (entry->row), GTK_WIDGET (remove_button));
      g_signal_connect (remove_button, "clicked", G_CALLBACK (on_remove_entry_clicked_cb), entry);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), entry->row);
      g_ptr_array_add (self->entries, entry);
    }
}

/* The draft --------------------------------------------------------------------------------- */

static void
add_warnings (VocResumeReview *self)
{
  JsonNode *meta = json_object_get_member (self->draft, "meta");
  JsonNode *warnings;
  GtkWidget *group;
  JsonArray *array;

  if (meta == NULL || !JSON_NODE_HOLDS_OBJECT (meta))
    return;
  warnings = json_object_get_member (json_node_get_object (meta), "warnings");
  if (warnings == NULL || !JSON_NODE_HOLDS_ARRAY (warnings))
    return;
  array = json_node_get_array (warnings);
  if (json_array_get_length (array) == 0)
    return;

  group = new_group (_("Check These Lines"),
                     _("These lines of the file could not be read completely: the entries "
                       "they belong to were kept without them. Add what is missing below."));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      GtkWidget *row;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), json_node_get_string (node));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (row, "warning");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->n_warnings++;
    }

  gtk_box_append (self->draft_box, group);
}

static void
add_profile (VocResumeReview *self)
{
  JsonNode *node = json_object_get_member (self->draft, "basics");
  JsonObject *basics = node != NULL && JSON_NODE_HOLDS_OBJECT (node)
                         ? json_node_get_object (node) : NULL;
  GtkWidget *group = new_group (_("Profile"),
                                _("Fields your profile already has are kept; empty ones are "
                                  "filled from here."));

  self->location = location_line (basics);
  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    {
      const FieldSpec *spec = &profile_fields[i];
      const char *text = g_str_equal (spec->key, "location") ? self->location
                                                             : field_text (basics, spec);
      GtkWidget *row = new_entry_row (_(spec->title), text);

      g_hash_table_insert (self->profile, (gpointer) spec->key, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->draft_box, group);
}

static void
show_draft (VocResumeReview *self)
{
  JsonArray *work = section_array (self->draft, "work");
  guint n_experiences = 0;

  add_warnings (self);
  add_profile (self);

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonNode *node = json_array_get_element (work, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        add_experience (self, json_node_get_object (node), n_experiences++ == 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (other_sections); i++)
    add_section (self, &other_sections[i]);

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "draft");
  update_validity (self);
}

static void
show_error (VocResumeReview *self,
            const char      *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  adw_status_page_set_description (self->error_page, message);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_validity (self);
}

/* Validation: what the library requires of an experience, and dates it can read. */
static gboolean
check_row (AdwEntryRow *row,
           gboolean     required,
           gboolean     date)
{
  g_autofree char *text = trimmed_text (GTK_EDITABLE (row));
  gboolean ok = (*text != '\0' || !required) &&
                (*text == '\0' || !date || voc_partial_date_is_valid (text));

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return ok;
}

static void
update_validity (VocResumeReview *self)
{
  gboolean valid = self->draft != NULL && !self->saved;

  for (guint i = 0; self->experiences != NULL && i < self->experiences->len; i++)
    {
      Experience *experience = g_ptr_array_index (self->experiences, i);

      valid &= check_row (g_hash_table_lookup (experience->fields, "position"), TRUE, FALSE);
      valid &= check_row (g_hash_table_lookup (experience->fields, "name"), TRUE, FALSE);
      valid &= check_row (g_hash_table_lookup (experience->fields, "startDate"), FALSE, TRUE);
      valid &= check_row (g_hash_table_lookup (experience->fields, "endDate"), FALSE, TRUE);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", valid);
  gtk_widget_set_tooltip_text (self->save_button,
                               valid || self->draft == NULL
                                 ? NULL
                                 : _("Each experience needs a title and an employer, and "
                                     "dates like 2021 or 2021-03"));
}

static void
set_or_remove (JsonObject  *object,
               const char  *key,
               GtkEditable *editable)
{
  g_autofree char *text = trimmed_text (editable);

  if (*text != '\0')
    json_object_set_string_member (object, key, text);
  else if (json_object_has_member (object, key))
    json_object_remove_member (object, key);
}

static JsonObject *
copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(JsonNode) copy = json_node_copy (node);

  return json_object_ref (json_node_get_object (copy));
}

/* The document as the user left it: the draft with the fields as edited, without what was
 * removed. */
static JsonObject *
collect_draft (VocResumeReview *self)
{
  g_autoptr(JsonObject) draft = copy_object (self->draft);
  JsonObject *basics;
  JsonArray *work = json_array_new ();

  if (!json_object_has_member (draft, "basics") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (draft, "basics")))
    json_object_set_object_member (draft, "basics", json_object_new ());
  basics = json_object_get_object_member (draft, "basics");

  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    {
      const FieldSpec *spec = &profile_fields[i];
      GtkEditable *editable = g_hash_table_lookup (self->profile, spec->key);

      if (g_str_equal (spec->key, "location"))
        {
          g_autofree char *text = trimmed_text (editable);

          /* Kept as read (street, postcode) unless the user changed it. */
          if (g_strcmp0 (text, self->location != NULL ? self->location : "") != 0)
            {
              if (*text != '\0')
                {
                  JsonObject *location = json_object_new ();

                  json_object_set_string_member (location, "city", text);
                  json_object_set_object_member (basics, "location", location);
                }
              else
                json_object_remove_member (basics, "location");
            }
          continue;
        }

      if (spec->alias != NULL && json_object_has_member (basics, spec->alias))
        json_object_remove_member (basics, spec->alias);
      set_or_remove (basics, spec->key, editable);
    }

  for (guint i = 0; i < self->experiences->len; i++)
    {
      Experience *experience = g_ptr_array_index (self->experiences, i);
      JsonObject *entry = copy_object (experience->entry);
      JsonArray *highlights = json_array_new ();

      for (guint f = 0; f < G_N_ELEMENTS (experience_fields); f++)
        {
          const FieldSpec *spec = &experience_fields[f];

          if (spec->alias != NULL && json_object_has_member (entry, spec->alias))
            json_object_remove_member (entry, spec->alias);
          set_or_remove (entry, spec->key, g_hash_table_lookup (experience->fields, spec->key));
        }

      for (guint b = 0; b < experience->bullets->len; b++)
        json_array_add_string_element (highlights,
                                       ((Bullet *) g_ptr_array_index (experience->bullets,
                                                                      b))->text);
      json_object_set_array_member (entry, "highlights", highlights);
      json_array_add_object_element (work, entry);
    }
  if (json_array_get_length (work) > 0)
    json_object_set_array_member (draft, "work", work);
  else
    {
      json_array_unref (work);
      json_object_remove_member (draft, "work");
    }

  for (guint s = 0; s < G_N_ELEMENTS (other_sections); s++)
    {
      const char *section = other_sections[s].section;
      JsonArray *kept = json_array_new ();

      if (!json_object_has_member (draft, section))
        {
          json_array_unref (kept);
          continue;
        }

      for (guint i = 0; i < self->entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (self->entries, i);

          if (g_str_equal (entry->section, section))
            json_array_add_object_element (kept, copy_object (entry->entry));
        }
      if (json_array_get_length (kept) > 0)
        json_object_set_array_member (draft, section, kept);
      else
        {
          json_array_unref (kept);
          json_object_remove_member (draft, section);
        }
    }

  return g_steal_pointer (&draft);
}

/* Loading ------------------------------------------------------------------------------------ */

typedef struct
{
  GFile *file;
  char  *name;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_free (data->name);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *draft;

  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > (goffset) VOC_EXTRACT_MAX_SIZE)
    {
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TOO_LARGE,
                               _("“%s” is too large to be a resume"), data->name);
      return;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (data->file, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code,
                               /* TRANSLATORS: a file name, then why it cannot be read */
                               _("%s: %s"), data->name, error->message);
      return;
    }

  draft = voc_resume_read_draft (bytes, data->name, cancellable, &error);
  if (draft == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, draft, (GDestroyNotify) json_object_unref);
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VocResumeReview) self = user_data;
  g_autoptr(GError) error = NULL;
  JsonObject *draft = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (draft == NULL)
    {
      show_error (self, error->message);
      return;
    }

  self->draft = draft;
  show_draft (self);
}

static void
start_loading (VocResumeReview *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *label = NULL;
  LoadData *data = g_new0 (LoadData, 1);

  data->file = g_object_ref (self->file);
  data->name = g_strdup (self->name);

  /* TRANSLATORS: a file name */
  label = g_strdup_printf (_("Reading “%s”…"), self->name);
  gtk_label_set_label (self->loading_label, label);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  /* No source object: the worker may drop its reference after the window is gone. */
  task = g_task_new (NULL, self->cancellable, on_loaded_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_loading);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* Actions ----------------------------------------------------------------------------------- */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocResumeReview *self = VOC_RESUME_REVIEW (widget);
  g_autoptr(JsonObject) document = NULL;
  g_autoptr(GError) error = NULL;
  VocResumeMergeStats stats;
  GtkWindow *parent;

  if (self->draft == NULL || self->saved)
    return;

  /* One transaction of a few milliseconds on the connection of the window. */
  document = collect_draft (self);
  if (!voc_resume_merge (self->database, document, self->name, &stats, &error))
    {
      AdwToast *toast = adw_toast_new (error->message);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  self->saved = TRUE;
  g_free (self->summary);
  self->summary = voc_resume_merge_stats_describe (&stats);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (VOC_IS_WINDOW (parent))
    {
      /* TRANSLATORS: a file name, then what was added ("3 experiences, 17 bullets") */
      g_autofree char *title = g_strdup_printf (_("Saved “%s” to your library: %s"), self->name,
                                                self->summary);

      voc_window_add_toast (VOC_WINDOW (parent), adw_toast_new (title));
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* GObject ------------------------------------------------------------------------------------ */

static void
voc_resume_review_dispose (GObject *object)
{
  VocResumeReview *self = VOC_RESUME_REVIEW (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (voc_resume_review_parent_class)->dispose (object);
}

static void
voc_resume_review_finalize (GObject *object)
{
  VocResumeReview *self = VOC_RESUME_REVIEW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_pointer (&self->draft, json_object_unref);
  g_clear_pointer (&self->experiences, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->profile, g_hash_table_unref);
  g_free (self->name);
  g_free (self->error_message);
  g_free (self->summary);
  g_free (self->location);

  G_OBJECT_CLASS (voc_resume_review_parent_class)->finalize (object);
}

static void
voc_resume_review_class_init (VocResumeReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_review_dispose;
  object_class->finalize = voc_resume_review_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-review.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, save_button);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, stack);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, spinner);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, loading_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, error_page);
  gtk_widget_class_bind_template_child (widget_class, VocResumeReview, draft_box);

  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "review.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "review.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "review.save", NULL);
}

static void
voc_resume_review_init (VocResumeReview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->profile = g_hash_table_new (g_str_hash, g_str_equal);
  self->experiences = g_ptr_array_new_with_free_func ((GDestroyNotify) experience_free);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", FALSE);
}

/**
 * voc_resume_review_new:
 * @parent: (nullable): the window it belongs to
 * @database: where Save writes
 * @file: the resume file: JSON Resume, PDF, DOCX, ODT, Markdown or text
 *
 * A window that reads @file (in a worker thread) and shows the draft to review.
 *
 * Returns: (transfer full): the review
 */
VocResumeReview *
voc_resume_review_new (GtkWindow   *parent,
                       VocDatabase *database,
                       GFile       *file)
{
  VocResumeReview *self;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (VOC_TYPE_RESUME_REVIEW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent)
                                                     : NULL,
                       NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  self->name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, self->name);

  start_loading (self);

  return self;
}

/* For tests ---------------------------------------------------------------------------------- */

const char *
voc_resume_review_get_state (VocResumeReview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);

  if (self->saved)
    return "saved";
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
voc_resume_review_get_error_message (VocResumeReview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);

  return self->error_message;
}

guint
voc_resume_review_get_n_warnings (VocResumeReview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), 0);

  return self->n_warnings;
}

guint
voc_resume_review_get_n_experiences (VocResumeReview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), 0);

  return self->experiences->len;
}

guint
voc_resume_review_get_n_bullets (VocResumeReview *self,
                                 guint            experience)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), 0);
  g_return_val_if_fail (experience < self->experiences->len, 0);

  return ((Experience *) g_ptr_array_index (self->experiences, experience))->bullets->len;
}

const char *
voc_resume_review_get_bullet (VocResumeReview *self,
                              guint            experience,
                              guint            bullet)
{
  Experience *e;

  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);
  g_return_val_if_fail (experience < self->experiences->len, NULL);
  e = g_ptr_array_index (self->experiences, experience);
  g_return_val_if_fail (bullet < e->bullets->len, NULL);

  return ((Bullet *) g_ptr_array_index (e->bullets, bullet))->text;
}

/**
 * voc_resume_review_get_remove_button:
 * @bullet: a bullet of the experience, or -1 for the experience's own button
 */
GtkButton *
voc_resume_review_get_remove_button (VocResumeReview *self,
                                     guint            experience,
                                     int              bullet)
{
  Experience *e;

  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);
  g_return_val_if_fail (experience < self->experiences->len, NULL);
  e = g_ptr_array_index (self->experiences, experience);

  if (bullet < 0)
    return e->remove_button;
  g_return_val_if_fail ((guint) bullet < e->bullets->len, NULL);
  return ((Bullet *) g_ptr_array_index (e->bullets, bullet))->remove_button;
}

/**
 * voc_resume_review_get_field:
 * @experience: an experience, or -1 for the profile
 * @key: the JSON Resume key of the field ("name", "position", "startDate"…)
 */
AdwEntryRow *
voc_resume_review_get_field (VocResumeReview *self,
                             int              experience,
                             const char      *key)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);

  if (experience < 0)
    return g_hash_table_lookup (self->profile, key);

  g_return_val_if_fail ((guint) experience < self->experiences->len, NULL);
  return g_hash_table_lookup (((Experience *) g_ptr_array_index (self->experiences,
                                                                 experience))->fields, key);
}

/* What the last Save added, as voc_resume_merge_stats_describe() puts it, or %NULL. */
const char *
voc_resume_review_get_summary (VocResumeReview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_REVIEW (self), NULL);

  return self->summary;
}
