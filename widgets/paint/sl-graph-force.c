/* sl-graph-force.c: Barnes–Hut force placement with multilevel coarsening.
 *
 * The model is the one of Fruchterman and Reingold as Hu's sfdp uses it: repulsion
 * C·K²/d between every pair, attraction d²/K along edges, steps of a fixed length along the
 * force that shrink when the energy stops falling. The repulsion is the field of charges under
 * a 1/d law, f(z) = Σ q_j / (z − z_j) in complex numbers (the force is its conjugate), so a
 * cell of the quadtree is summarised by the moments a_k = Σ q_j (z_j − z_c)^k about its centre
 * of charge and seen from afar as Σ a_k / (z − z_c)^(k+1). The tree is walked twice over at
 * once (target cells against source cells): two cells whose radii together are below theta ×
 * their distance meet through a local expansion of the source's field about the target's
 * centre, which the target's children inherit and its bodies evaluate; leaves that stay close
 * are summed body by body, four at a time. With eight moments and theta 0.7 no node's force is
 * off by more than a fraction of a percent of the typical force (tests/paint/test-graph.c).
 * The tree is rebuilt every step from Morton codes (radix sorted); the walk below a few top
 * cells is spread over threads, and each body's force depends only on the tree, so any number
 * of threads gives the same numbers.
 *
 * Coarsening matches each node with its least connected free neighbour, merging the pair;
 * coarse levels are laid out with a longer ideal edge (K grows with √(fine / coarse)), then
 * each level starts from the coarser one, pairs split a little apart. After the steps the
 * layout is spread evenly until most discs clear their neighbours, loose pieces are packed in
 * rings around the largest one, and the remaining overlaps are pushed apart pair by pair.
 */
#include "sl-graph-force.h"

#include <math.h>
#include <string.h>

#define ORDER 8            /* moments a_1 … a_ORDER beside the charge a_0 */
#define LEAF_SIZE 48
#define REPULSION_C 0.2
#define GRAVITY 0.02
#define COOLING 0.9
#define MIN_COARSE 64
#define PLACED_STEP 0.05  /* nodes placed by an earlier run move this much slower */
#define DEFAULT_RADIUS 10.0

void
sl_graph_force_options_init (SlGraphForceOptions *opts)
{
  g_return_if_fail (opts != NULL);
  memset (opts, 0, sizeof *opts);
  opts->iterations = 300;
  opts->fine_iterations = 0;
  opts->seed = 1;
  opts->theta = 0.7;
  opts->n_threads = 0;
  opts->multilevel = TRUE;
  opts->edge_length = 0;
  opts->gap = 6;
}

/* ------------------------------------------------------------------------------------------ */
/* Thread pool: the caller and a few helpers run the same function, then meet again           */

typedef void (*PoolFunc) (gpointer data, guint worker);

typedef struct _Pool Pool;

typedef struct
{
  Pool *pool;
  guint id;
} PoolWorker;

struct _Pool
{
  GMutex      lock;
  GCond       wake, done;
  GThread   **threads;
  PoolWorker *workers;
  guint       n_helpers;
  PoolFunc    func;
  gpointer    data;
  guint       generation, busy;
  gboolean    quit;
};

static gpointer
pool_main (gpointer p)
{
  PoolWorker *w = p;
  Pool *pool = w->pool;
  guint seen = 0;

  g_mutex_lock (&pool->lock);
  for (;;)
    {
      PoolFunc func;
      gpointer data;

      while (!pool->quit && pool->generation == seen)
        g_cond_wait (&pool->wake, &pool->lock);
      if (pool->quit)
        break;
      seen = pool->generation;
      func = pool->func;
      data = pool->data;
      g_mutex_unlock (&pool->lock);
      func (data, w->id);
      g_mutex_lock (&pool->lock);
      if (--pool->busy == 0)
        g_cond_signal (&pool->done);
    }
  g_mutex_unlock (&pool->lock);
  return NULL;
}

static Pool *
pool_new (guint n_threads)
{
  Pool *pool = g_new0 (Pool, 1);

  g_mutex_init (&pool->lock);
  g_cond_init (&pool->wake);
  g_cond_init (&pool->done);
  pool->n_helpers = n_threads > 1 ? n_threads - 1 : 0;
  pool->threads = g_new0 (GThread *, pool->n_helpers + 1);
  pool->workers = g_new0 (PoolWorker, pool->n_helpers + 1);
  for (guint i = 0; i < pool->n_helpers; i++)
    {
      pool->workers[i].pool = pool;
      pool->workers[i].id = i + 1;
      pool->threads[i] = g_thread_new ("sl-graph-force", pool_main, &pool->workers[i]);
    }
  return pool;
}

static void
pool_free (Pool *pool)
{
  g_mutex_lock (&pool->lock);
  pool->quit = TRUE;
  g_cond_broadcast (&pool->wake);
  g_mutex_unlock (&pool->lock);
  for (guint i = 0; i < pool->n_helpers; i++)
    g_thread_join (pool->threads[i]);
  g_mutex_clear (&pool->lock);
  g_cond_clear (&pool->wake);
  g_cond_clear (&pool->done);
  g_free (pool->threads);
  g_free (pool->workers);
  g_free (pool);
}

static void
pool_run (Pool *pool, PoolFunc func, gpointer data)
{
  if (pool->n_helpers == 0)
    {
      func (data, 0);
      return;
    }
  g_mutex_lock (&pool->lock);
  pool->func = func;
  pool->data = data;
  pool->busy = pool->n_helpers;
  pool->generation++;
  g_cond_broadcast (&pool->wake);
  g_mutex_unlock (&pool->lock);
  func (data, 0);
  g_mutex_lock (&pool->lock);
  while (pool->busy > 0)
    g_cond_wait (&pool->done, &pool->lock);
  g_mutex_unlock (&pool->lock);
}

static guint
default_threads (guint asked)
{
  if (asked > 0)
    return MIN (asked, 8u);
  return CLAMP ((guint) g_get_num_processors (), 1u, 8u);
}

/* ------------------------------------------------------------------------------------------ */
/* The tree                                                                                   */

typedef struct
{
  double  cx, cy;           /* expansion centre: the centre of charge */
  double  r;                /* every body lies within r of the centre */
  double  q;                /* a_0, the total charge */
  double  ar[ORDER], ai[ORDER]; /* a_1 … a_ORDER */
  double  bx0, by0, bx1, by1;   /* bounding box of the bodies */
  guint   first, count;     /* bodies, in sorted order */
  guint   skip;             /* the cell after this subtree (preorder) */
  gboolean leaf;
} Cell;

typedef struct
{
  guint    n;
  guint   *perm;            /* sorted position → body */
  guint32 *code;
  guint   *perm2;
  guint32 *code2;
  double  *sx, *sy, *sq;    /* bodies in sorted order */
  Cell    *cells;
  guint    n_cells, cap_cells;
  guint   *leaves;          /* leaf cells, left to right */
  guint    n_leaves;
} Tree;

static double binom[ORDER + 1][ORDER + 1];

static void
tree_init (Tree *t, guint n)
{
  memset (t, 0, sizeof *t);
  t->n = n;
  t->perm = g_new (guint, n + 1);
  t->perm2 = g_new (guint, n + 1);
  t->code = g_new (guint32, n + 1);
  t->code2 = g_new (guint32, n + 1);
  t->sx = g_new (double, n + 1);
  t->sy = g_new (double, n + 1);
  t->sq = g_new (double, n + 1);
  t->leaves = g_new (guint, n + 1);
  t->cap_cells = 2 * (n / LEAF_SIZE + 1) + 64;
  t->cells = g_new (Cell, t->cap_cells);
}

static void
tree_clear (Tree *t)
{
  g_free (t->perm);
  g_free (t->perm2);
  g_free (t->code);
  g_free (t->code2);
  g_free (t->sx);
  g_free (t->sy);
  g_free (t->sq);
  g_free (t->leaves);
  g_free (t->cells);
  memset (t, 0, sizeof *t);
}

static inline guint32
spread_bits (guint32 v)
{
  v &= 0xffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

/* Sorts bodies by Morton code: four byte-wide counting passes, skipping constant bytes. */
static void
sort_codes (Tree *t)
{
  guint n = t->n;

  for (int shift = 0; shift < 32; shift += 8)
    {
      guint count[256] = { 0 };
      guint pos = 0;
      guint32 *tc;
      guint *tp;

      for (guint i = 0; i < n; i++)
        count[(t->code[i] >> shift) & 0xff]++;
      if (count[(t->code[0] >> shift) & 0xff] == n)
        continue;
      for (guint b = 0; b < 256; b++)
        {
          guint c = count[b];
          count[b] = pos;
          pos += c;
        }
      for (guint i = 0; i < n; i++)
        {
          guint b = (t->code[i] >> shift) & 0xff;
          t->code2[count[b]] = t->code[i];
          t->perm2[count[b]++] = t->perm[i];
        }
      tc = t->code;
      t->code = t->code2;
      t->code2 = tc;
      tp = t->perm;
      t->perm = t->perm2;
      t->perm2 = tp;
    }
}

static guint
new_cell (Tree *t)
{
  if (t->n_cells == t->cap_cells)
    {
      t->cap_cells *= 2;
      t->cells = g_renew (Cell, t->cells, t->cap_cells);
    }
  memset (&t->cells[t->n_cells], 0, sizeof (Cell));
  return t->n_cells++;
}

/* Cells in preorder; a cell's quadrants are found by bisecting the sorted codes. */
static void
build_cell (Tree *t, guint first, guint count, int shift)
{
  guint c = new_cell (t), start, end;

  t->cells[c].first = first;
  t->cells[c].count = count;
  /* skip levels where every body falls in the same quadrant */
  while (shift >= 0 && count > LEAF_SIZE
         && ((t->code[first] >> shift) & 3) == ((t->code[first + count - 1] >> shift) & 3))
    shift -= 2;
  if (count <= LEAF_SIZE || shift < 0)
    {
      t->cells[c].leaf = TRUE;
      t->cells[c].skip = c + 1;
      t->leaves[t->n_leaves++] = c;
      return;
    }
  start = first;
  end = first + count;
  for (guint quad = 0; quad < 4 && start < end; quad++)
    {
      guint lo = start, hi = end;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (((t->code[mid] >> shift) & 3) <= quad)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo > start)
        build_cell (t, start, lo - start, shift - 2);
      start = lo;
    }
  t->cells[c].skip = t->n_cells;
}

/* Charge, centre, moments, radius and box of every cell, children before parents. */
static void
tree_moments (Tree *t)
{
  for (guint c = t->n_cells; c-- > 0;)
    {
      Cell *cell = &t->cells[c];

      if (cell->leaf)
        {
          double q = 0, mx = 0, my = 0, r2 = 0;
          guint a = cell->first, b = cell->first + cell->count;

          cell->bx0 = cell->bx1 = t->sx[a];
          cell->by0 = cell->by1 = t->sy[a];
          for (guint s = a; s < b; s++)
            {
              q += t->sq[s];
              mx += t->sq[s] * t->sx[s];
              my += t->sq[s] * t->sy[s];
              cell->bx0 = MIN (cell->bx0, t->sx[s]);
              cell->bx1 = MAX (cell->bx1, t->sx[s]);
              cell->by0 = MIN (cell->by0, t->sy[s]);
              cell->by1 = MAX (cell->by1, t->sy[s]);
            }
          cell->q = q;
          cell->cx = q > 0 ? mx / q : (cell->bx0 + cell->bx1) / 2;
          cell->cy = q > 0 ? my / q : (cell->by0 + cell->by1) / 2;
          for (guint s = a; s < b; s++)
            {
              double dx = t->sx[s] - cell->cx, dy = t->sy[s] - cell->cy;
              double pr = dx, pi = dy, qq = t->sq[s];
              r2 = MAX (r2, dx * dx + dy * dy);
              for (int k = 0; k < ORDER; k++)
                {
                  double nr;
                  cell->ar[k] += qq * pr;
                  cell->ai[k] += qq * pi;
                  nr = pr * dx - pi * dy;
                  pi = pr * dy + pi * dx;
                  pr = nr;
                }
            }
          cell->r = sqrt (r2);
        }
      else
        {
          double q = 0, mx = 0, my = 0, r = 0;
          gboolean first = TRUE;

          for (guint ch = c + 1; ch < cell->skip; ch = t->cells[ch].skip)
            {
              const Cell *k = &t->cells[ch];
              q += k->q;
              mx += k->q * k->cx;
              my += k->q * k->cy;
              if (first)
                {
                  cell->bx0 = k->bx0;
                  cell->bx1 = k->bx1;
                  cell->by0 = k->by0;
                  cell->by1 = k->by1;
                  first = FALSE;
                }
              cell->bx0 = MIN (cell->bx0, k->bx0);
              cell->bx1 = MAX (cell->bx1, k->bx1);
              cell->by0 = MIN (cell->by0, k->by0);
              cell->by1 = MAX (cell->by1, k->by1);
            }
          cell->q = q;
          cell->cx = q > 0 ? mx / q : (cell->bx0 + cell->bx1) / 2;
          cell->cy = q > 0 ? my / q : (cell->by0 + cell->by1) / 2;
          for (guint ch = c + 1; ch < cell->skip; ch = t->cells[ch].skip)
            {
              const Cell *k = &t->cells[ch];
              double dr = k->cx - cell->cx, di = k->cy - cell->cy;
              double pr[ORDER + 1], pi[ORDER + 1];
              double a_r[ORDER + 1], a_i[ORDER + 1];

              r = MAX (r, sqrt (dr * dr + di * di) + k->r);
              /* powers of the shift d = z_child − z_cell */
              pr[0] = 1;
              pi[0] = 0;
              for (int j = 1; j <= ORDER; j++)
                {
                  pr[j] = pr[j - 1] * dr - pi[j - 1] * di;
                  pi[j] = pr[j - 1] * di + pi[j - 1] * dr;
                }
              a_r[0] = k->q;
              a_i[0] = 0;
              for (int j = 1; j <= ORDER; j++)
                {
                  a_r[j] = k->ar[j - 1];
                  a_i[j] = k->ai[j - 1];
                }
              /* a_k(cell) += Σ_l C(k, l) a_l(child) d^(k − l) */
              for (int kk = 1; kk <= ORDER; kk++)
                for (int l = 0; l <= kk; l++)
                  {
                    double b = binom[kk][l];
                    cell->ar[kk - 1] += b * (a_r[l] * pr[kk - l] - a_i[l] * pi[kk - l]);
                    cell->ai[kk - 1] += b * (a_r[l] * pi[kk - l] + a_i[l] * pr[kk - l]);
                  }
            }
          /* never looser than the box's far corner */
          {
            double ex = MAX (cell->cx - cell->bx0, cell->bx1 - cell->cx);
            double ey = MAX (cell->cy - cell->by0, cell->by1 - cell->cy);
            cell->r = MIN (r, sqrt (ex * ex + ey * ey));
          }
        }
    }
}

static void
tree_build (Tree *t, const double *x, const double *y, const double *q)
{
  guint n = t->n;
  double x0 = x[0], x1 = x[0], y0 = y[0], y1 = y[0], side, scale;

  for (guint i = 1; i < n; i++)
    {
      x0 = MIN (x0, x[i]);
      x1 = MAX (x1, x[i]);
      y0 = MIN (y0, y[i]);
      y1 = MAX (y1, y[i]);
    }
  side = MAX (MAX (x1 - x0, y1 - y0), 1e-9);
  scale = 65535.0 / side;
  for (guint i = 0; i < n; i++)
    {
      guint32 ix = (guint32) CLAMP ((x[i] - x0) * scale, 0.0, 65535.0);
      guint32 iy = (guint32) CLAMP ((y[i] - y0) * scale, 0.0, 65535.0);
      t->code[i] = spread_bits (ix) | (spread_bits (iy) << 1);
      t->perm[i] = i;
    }
  sort_codes (t);
  for (guint s = 0; s < n; s++)
    {
      guint i = t->perm[s];
      t->sx[s] = x[i];
      t->sy[s] = y[i];
      t->sq[s] = q ? q[i] : 1.0;
    }
  t->n_cells = 0;
  t->n_leaves = 0;
  build_cell (t, 0, n, 30);
  tree_moments (t);
}

/* ------------------------------------------------------------------------------------------ */
/* Evaluation: a dual walk of the tree                                                        */

/* Two cells are far enough apart to meet through expansions when their radii together are
 * below theta × the distance of their centres. The walk goes down the tree of targets with a
 * list of source cells still too close to their ancestors: a source far from the target cell
 * turns into the target's local expansion (M2L), which its children inherit (L2L) and its
 * bodies evaluate (L2P); sources too close are opened (the larger of the two cells), and
 * leaves that stay close are summed body by body (P2P). */

typedef float v4f __attribute__ ((vector_size (16)));
typedef gint32 v4i __attribute__ ((vector_size (16)));

typedef struct
{
  guint *v;
  guint  len, cap;
} UList;

static inline void
ulist_push (UList *l, guint v)
{
  if (l->len == l->cap)
    {
      l->cap = MAX (l->cap * 2, 64u);
      l->v = g_renew (guint, l->v, l->cap);
    }
  l->v[l->len++] = v;
}

#define MAX_DEPTH 40

/* One worker's scratch. */
typedef struct
{
  UList   stack, near;
  UList   defer[MAX_DEPTH];
  gpointer vec;        /* aligned scratch for the vector loops */
  guint   cap_vec;
} Walk;

static void
walk_clear (Walk *w)
{
  g_free (w->stack.v);
  g_free (w->near.v);
  for (int d = 0; d < MAX_DEPTH; d++)
    g_free (w->defer[d].v);
  g_free (w->vec);
  memset (w, 0, sizeof *w);
}

typedef struct
{
  double br[ORDER + 1], bi[ORDER + 1];
} Local;

/* The evaluation of one tree: locals per cell, forces per sorted body, and the tasks (a target
 * cell with its source list) the workers share. */
typedef struct
{
  const Tree *t;
  double      theta2;
  Local      *local;
  double     *fx, *fy;       /* per sorted body */
  UList       task_cells;
  UList       task_first;    /* offsets into task_lists, one more than tasks */
  UList       task_lists;
  gint        next_task;
  Walk       *walks;
} Eval;

static double binom2[2 * ORDER + 2][2 * ORDER + 2];

static void
init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int k = 0; k <= ORDER; k++)
        {
          binom[k][0] = binom[k][k] = 1;
          for (int l = 1; l < k; l++)
            binom[k][l] = binom[k - 1][l - 1] + binom[k - 1][l];
        }
      for (int k = 0; k <= 2 * ORDER + 1; k++)
        {
          binom2[k][0] = binom2[k][k] = 1;
          for (int l = 1; l < k; l++)
            binom2[k][l] = binom2[k - 1][l - 1] + binom2[k - 1][l];
        }
      g_once_init_leave (&done, 1);
    }
}

/* Adds source cell a's field, as a local expansion about (bx, by), into loc. With d = z_b − z_a:
 * b_l = (−1)^l d^−(l+1) Σ_k C(k+l, k) a_k d^−k. */
static void
m2l (const Cell *a, double bx, double by, Local *loc)
{
  double dr = bx - a->cx, di = by - a->cy, m = dr * dr + di * di;
  double ir = dr / m, ii = -di / m;        /* 1 / d */
  double sr[ORDER + 1], si[ORDER + 1], pr = 1, pi = 0, qr = ir, qi = ii;

  sr[0] = a->q;
  si[0] = 0;
  for (int k = 1; k <= ORDER; k++)
    {
      double nr = pr * ir - pi * ii;
      pi = pr * ii + pi * ir;
      pr = nr;
      sr[k] = a->ar[k - 1] * pr - a->ai[k - 1] * pi;
      si[k] = a->ar[k - 1] * pi + a->ai[k - 1] * pr;
    }
  for (int l = 0; l <= ORDER; l++)
    {
      double tr = 0, ti = 0, nr;
      for (int k = 0; k <= ORDER; k++)
        {
          tr += binom2[k + l][k] * sr[k];
          ti += binom2[k + l][k] * si[k];
        }
      if (l & 1)
        {
          tr = -tr;
          ti = -ti;
        }
      loc->br[l] += tr * qr - ti * qi;
      loc->bi[l] += tr * qi + ti * qr;
      nr = qr * ir - qi * ii;
      qi = qr * ii + qi * ir;
      qr = nr;
    }
}

/* Re-centres a local expansion from (x0, y0) to (x1, y1) and adds it into child:
 * b'_m = Σ_{l≥m} C(l, m) b_l e^(l−m), e = z1 − z0. */
static void
l2l (const Local *parent, double x0, double y0, double x1, double y1, Local *child)
{
  double er = x1 - x0, ei = y1 - y0;
  double pr[ORDER + 1], pi[ORDER + 1];

  pr[0] = 1;
  pi[0] = 0;
  for (int j = 1; j <= ORDER; j++)
    {
      pr[j] = pr[j - 1] * er - pi[j - 1] * ei;
      pi[j] = pr[j - 1] * ei + pi[j - 1] * er;
    }
  for (int m = 0; m <= ORDER; m++)
    for (int l = m; l <= ORDER; l++)
      {
        double c = binom[l][m];
        child->br[m] += c * (parent->br[l] * pr[l - m] - parent->bi[l] * pi[l - m]);
        child->bi[m] += c * (parent->br[l] * pi[l - m] + parent->bi[l] * pr[l - m]);
      }
}

/* A leaf's bodies: their local expansion, then every body of the near leaves, four targets at
 * a time in single precision (vector extensions: SIMD where the machine has it), positions
 * relative to the leaf's corner so precision goes to the distances. */
static void
eval_leaf (Eval *ev, Walk *w, guint target)
{
  const Tree *t = ev->t;
  const Cell *leaf = &t->cells[target];
  const Local *loc = &ev->local[target];
  guint nb = leaf->count, nv = (nb + 3) / 4;
  double ox = leaf->bx0, oy = leaf->by0;
  v4f *tx, *ty, *ax, *ay;

  if (w->cap_vec < nv)
    {
      w->cap_vec = MAX (nv, 2 * w->cap_vec);
      g_free (w->vec);
      w->vec = g_malloc (4 * sizeof (v4f) * w->cap_vec + 16);
    }
  tx = (v4f *) (((guintptr) w->vec + 15) & ~(guintptr) 15);
  ty = tx + nv;
  ax = ty + nv;
  ay = ax + nv;
  for (guint b = 0; b < nv * 4; b++)
    {
      /* padding lanes repeat the first body; their results are dropped */
      guint s = leaf->first + (b < nb ? b : 0);
      tx[b / 4][b % 4] = (float) (t->sx[s] - ox);
      ty[b / 4][b % 4] = (float) (t->sy[s] - oy);
    }
  for (guint v = 0; v < nv; v++)
    ax[v] = ay[v] = (v4f) { 0, 0, 0, 0 };

  for (guint k = 0; k < w->near.len; k++)
    {
      const Cell *cell = &t->cells[w->near.v[k]];
      guint a = cell->first, e = cell->first + cell->count;

      for (guint j = a; j < e; j++)
        {
          float sx = (float) (t->sx[j] - ox), sy = (float) (t->sy[j] - oy), sq = (float) t->sq[j];
          for (guint v = 0; v < nv; v++)
            {
              v4f dx = tx[v] - sx, dy = ty[v] - sy;
              v4f d2 = dx * dx + dy * dy;
              v4i live = d2 > 0.0f;   /* not the body itself */
              v4f inv = (v4f) ((v4i) (sq / d2) & live);
              ax[v] += dx * inv;
              ay[v] += dy * inv;
            }
        }
    }
  for (guint b = 0; b < nb; b++)
    {
      guint s = leaf->first + b;
      double ur = t->sx[s] - leaf->cx, ui = t->sy[s] - leaf->cy;
      double fr = loc->br[ORDER], fi = loc->bi[ORDER];

      for (int l = ORDER - 1; l >= 0; l--)
        {
          double nr = fr * ur - fi * ui + loc->br[l];
          fi = fr * ui + fi * ur + loc->bi[l];
          fr = nr;
        }
      /* the force is the conjugate of the field */
      ev->fx[s] = ax[b / 4][b % 4] + fr;
      ev->fy[s] = ay[b / 4][b % 4] - fi;
    }
}

static inline gboolean
well_separated (const Eval *ev, const Cell *a, const Cell *b)
{
  double dx = a->cx - b->cx, dy = a->cy - b->cy, r = a->r + b->r;

  return r * r < ev->theta2 * (dx * dx + dy * dy);
}

/* Sorts out the sources of target cell b: far ones into its local expansion, near leaves into
 * w->near (b a leaf), the rest into defer for b's children. */
static void
sort_sources (Eval *ev, Walk *w, guint b, const guint *list, guint n_list, UList *defer)
{
  const Tree *t = ev->t;
  const Cell *cb = &t->cells[b];

  w->stack.len = 0;
  w->near.len = 0;
  defer->len = 0;
  for (guint i = n_list; i-- > 0;)
    ulist_push (&w->stack, list[i]);
  while (w->stack.len > 0)
    {
      guint a = w->stack.v[--w->stack.len];
      const Cell *ca = &t->cells[a];

      if (a != b && well_separated (ev, ca, cb))
        m2l (ca, cb->cx, cb->cy, &ev->local[b]);
      else if (ca->leaf && cb->leaf)
        ulist_push (&w->near, a);
      else if (!ca->leaf && (cb->leaf || ca->r > cb->r || a == b))
        {
          /* open the source: its children, in order */
          guint first = w->stack.len;
          for (guint ch = a + 1; ch < ca->skip; ch = t->cells[ch].skip)
            ulist_push (&w->stack, ch);
          for (guint i = first, j = w->stack.len - 1; i < j; i++, j--)
            {
              guint tmp = w->stack.v[i];
              w->stack.v[i] = w->stack.v[j];
              w->stack.v[j] = tmp;
            }
        }
      else
        ulist_push (defer, a);
    }
}

static void
descend (Eval *ev, Walk *w, guint b, const guint *list, guint n_list, int depth)
{
  const Tree *t = ev->t;
  const Cell *cb = &t->cells[b];
  UList *defer = &w->defer[MIN (depth, MAX_DEPTH - 1)];

  sort_sources (ev, w, b, list, n_list, defer);
  if (cb->leaf)
    {
      eval_leaf (ev, w, b);
      return;
    }
  for (guint ch = b + 1; ch < cb->skip; ch = t->cells[ch].skip)
    {
      l2l (&ev->local[b], cb->cx, cb->cy, t->cells[ch].cx, t->cells[ch].cy, &ev->local[ch]);
      /* deeper levels reuse defer lists; this level's list must outlive the children */
      descend (ev, w, ch, defer->v, defer->len, depth + 1);
    }
}

/* The top of the walk, on one thread: down to cells small enough to be tasks. */
static void
split_tasks (Eval *ev, Walk *w, guint b, const guint *list, guint n_list, int depth,
             guint task_size)
{
  const Tree *t = ev->t;
  const Cell *cb = &t->cells[b];
  UList *defer = &w->defer[MIN (depth, MAX_DEPTH - 1)];

  if (cb->count <= task_size || cb->leaf || depth >= MAX_DEPTH - 2)
    {
      ulist_push (&ev->task_cells, b);
      for (guint i = 0; i < n_list; i++)
        ulist_push (&ev->task_lists, list[i]);
      ulist_push (&ev->task_first, ev->task_lists.len);
      return;
    }
  sort_sources (ev, w, b, list, n_list, defer);
  for (guint ch = b + 1; ch < cb->skip; ch = t->cells[ch].skip)
    {
      l2l (&ev->local[b], cb->cx, cb->cy, t->cells[ch].cx, t->cells[ch].cy, &ev->local[ch]);
      split_tasks (ev, w, ch, defer->v, defer->len, depth + 1, task_size);
    }
}

static void
eval_worker (gpointer data, guint worker)
{
  Eval *ev = data;
  Walk *w = &ev->walks[worker];

  for (;;)
    {
      guint k = (guint) g_atomic_int_add (&ev->next_task, 1);
      guint first, last;

      if (k >= ev->task_cells.len)
        break;
      first = ev->task_first.v[k];
      last = ev->task_first.v[k + 1];
      descend (ev, w, ev->task_cells.v[k], ev->task_lists.v + first, last - first, 2);
    }
}

static void
eval_init (Eval *ev, const Tree *t, guint n_workers)
{
  memset (ev, 0, sizeof *ev);
  ev->t = t;
  ev->walks = g_new0 (Walk, MAX (n_workers, 1u));
  ev->fx = g_new (double, t->n + 1);
  ev->fy = g_new (double, t->n + 1);
}

static void
eval_clear (Eval *ev, guint n_workers)
{
  for (guint i = 0; i < MAX (n_workers, 1u); i++)
    walk_clear (&ev->walks[i]);
  g_free (ev->walks);
  g_free (ev->local);
  g_free (ev->fx);
  g_free (ev->fy);
  g_free (ev->task_cells.v);
  g_free (ev->task_first.v);
  g_free (ev->task_lists.v);
  memset (ev, 0, sizeof *ev);
}

/* Repulsion on every sorted body of the (built) tree into ev->fx, ev->fy. */
static void
eval_run (Eval *ev, double theta, Pool *pool, guint n_workers)
{
  const Tree *t = ev->t;
  guint root = 0;

  ev->theta2 = theta * theta;
  ev->local = g_renew (Local, ev->local, t->n_cells);
  memset (ev->local, 0, t->n_cells * sizeof (Local));
  ev->task_cells.len = ev->task_lists.len = ev->task_first.len = 0;
  ulist_push (&ev->task_first, 0);
  split_tasks (ev, &ev->walks[0], 0, &root, 1, 0, MAX (t->n / (8 * MAX (n_workers, 1u)), 64u));
  ev->next_task = 0;
  if (pool)
    pool_run (pool, eval_worker, ev);
  else
    eval_worker (ev, 0);
}

void
sl_graph_force_repulsion (guint n, const double *x, const double *y, const double *q,
                          double theta, double *fx, double *fy)
{
  g_return_if_fail (n == 0 || (x != NULL && y != NULL && fx != NULL && fy != NULL));

  init_tables ();
  if (n == 0)
    return;
  if (theta <= 0)
    {
      for (guint i = 0; i < n; i++)
        {
          double sx = 0, sy = 0;
          for (guint j = 0; j < n; j++)
            {
              double dx = x[i] - x[j], dy = y[i] - y[j], d2 = dx * dx + dy * dy;
              if (j == i || d2 <= 0)
                continue;
              sx += (q ? q[j] : 1.0) * dx / d2;
              sy += (q ? q[j] : 1.0) * dy / d2;
            }
          fx[i] = (q ? q[i] : 1.0) * sx;
          fy[i] = (q ? q[i] : 1.0) * sy;
        }
      return;
    }
  {
    Tree t;
    Eval ev;

    tree_init (&t, n);
    tree_build (&t, x, y, q);
    eval_init (&ev, &t, 1);
    eval_run (&ev, theta, NULL, 1);
    for (guint s = 0; s < n; s++)
      {
        fx[t.perm[s]] = t.sq[s] * ev.fx[s];
        fy[t.perm[s]] = t.sq[s] * ev.fy[s];
      }
    eval_clear (&ev, 1);
    tree_clear (&t);
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Levels                                                                                     */

typedef struct
{
  guint    n;
  double  *x, *y;
  guint8  *flags;
  guint   *adj_first;    /* CSR over neighbours, both directions */
  guint   *adj;
  float   *w;            /* edge weights (how many fine edges a coarse edge stands for) */
  guint   *parent;       /* node → node of the next coarser level (NULL on the coarsest) */
  double   k;            /* ideal edge length at this level */
} Level;

static void
level_clear (Level *l)
{
  g_free (l->x);
  g_free (l->y);
  g_free (l->flags);
  g_free (l->adj_first);
  g_free (l->adj);
  g_free (l->w);
  g_free (l->parent);
  memset (l, 0, sizeof *l);
}

typedef struct
{
  guint32 a, b;
  float   w;
} PairW;

static int
cmp_pair (gconstpointer pa, gconstpointer pb)
{
  const PairW *x = pa, *y = pb;

  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

/* CSR of undirected weighted pairs (a < b), duplicates merged, self-pairs dropped. */
static void
level_set_edges (Level *l, PairW *pairs, guint m)
{
  guint kept = 0;
  g_autofree guint *fill = NULL;

  qsort (pairs, m, sizeof (PairW), cmp_pair);
  for (guint e = 0; e < m; e++)
    {
      if (pairs[e].a == pairs[e].b)
        continue;
      if (kept > 0 && pairs[kept - 1].a == pairs[e].a && pairs[kept - 1].b == pairs[e].b)
        pairs[kept - 1].w += pairs[e].w;
      else
        pairs[kept++] = pairs[e];
    }
  l->adj_first = g_new0 (guint, l->n + 1);
  l->adj = g_new (guint, 2 * (gsize) kept + 1);
  l->w = g_new (float, 2 * (gsize) kept + 1);
  fill = g_new0 (guint, l->n + 1);
  for (guint e = 0; e < kept; e++)
    {
      l->adj_first[pairs[e].a + 1]++;
      l->adj_first[pairs[e].b + 1]++;
    }
  for (guint i = 0; i < l->n; i++)
    l->adj_first[i + 1] += l->adj_first[i];
  for (guint e = 0; e < kept; e++)
    {
      guint a = pairs[e].a, b = pairs[e].b;
      guint pa = l->adj_first[a] + fill[a]++, pb = l->adj_first[b] + fill[b]++;
      l->adj[pa] = b;
      l->w[pa] = pairs[e].w;
      l->adj[pb] = a;
      l->w[pb] = pairs[e].w;
    }
}

static guint
degree (const Level *l, guint v)
{
  return l->adj_first[v + 1] - l->adj_first[v];
}

/* The next coarser level: each free node merges with its least connected free neighbour. */
static gboolean
coarsen (Level *fine, Level *coarse, GRand *rand)
{
  guint n = fine->n, nc = 0, m = 0;
  g_autofree guint *order = g_new (guint, n + 1);
  g_autofree guint *match = g_new (guint, n + 1);
  g_autofree PairW *pairs = NULL;

  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      match[i] = G_MAXUINT;
    }
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint tmp = order[i - 1];
      order[i - 1] = order[j];
      order[j] = tmp;
    }
  for (guint k = 0; k < n; k++)
    {
      guint v = order[k], best = G_MAXUINT, best_deg = G_MAXUINT;

      if (match[v] != G_MAXUINT)
        continue;
      if (!(fine->flags[v] & SL_GRAPH_FORCE_PINNED))
        for (guint a = fine->adj_first[v]; a < fine->adj_first[v + 1]; a++)
          {
            guint u = fine->adj[a];
            if (u == v || match[u] != G_MAXUINT || (fine->flags[u] & SL_GRAPH_FORCE_PINNED))
              continue;
            if (degree (fine, u) < best_deg || (degree (fine, u) == best_deg && u < best))
              {
                best = u;
                best_deg = degree (fine, u);
              }
          }
      match[v] = best == G_MAXUINT ? v : best;
      if (best != G_MAXUINT)
        match[best] = v;
    }

  fine->parent = g_new (guint, n + 1);
  for (guint v = 0; v < n; v++)
    fine->parent[v] = G_MAXUINT;
  for (guint v = 0; v < n; v++)
    if (fine->parent[v] == G_MAXUINT)
      {
        fine->parent[v] = nc;
        fine->parent[match[v]] = nc;
        nc++;
      }
  if (nc > n - n / 5)
    {
      g_clear_pointer (&fine->parent, g_free);
      return FALSE;
    }

  memset (coarse, 0, sizeof *coarse);
  coarse->n = nc;
  coarse->x = g_new0 (double, nc + 1);
  coarse->y = g_new0 (double, nc + 1);
  coarse->flags = g_new0 (guint8, nc + 1);
  for (guint v = 0; v < n; v++)
    if (fine->flags[v] & SL_GRAPH_FORCE_PINNED)
      {
        guint p = fine->parent[v];
        coarse->flags[p] |= SL_GRAPH_FORCE_PINNED;
        coarse->x[p] = fine->x[v];
        coarse->y[p] = fine->y[v];
      }
  pairs = g_new (PairW, fine->adj_first[n] / 2 + 1);
  for (guint v = 0; v < n; v++)
    for (guint a = fine->adj_first[v]; a < fine->adj_first[v + 1]; a++)
      {
        guint u = fine->adj[a];
        guint pv = fine->parent[v], pu = fine->parent[u];
        if (v < u && pv != pu)
          {
            pairs[m].a = MIN (pv, pu);
            pairs[m].b = MAX (pv, pu);
            pairs[m].w = fine->w[a];
            m++;
          }
      }
  level_set_edges (coarse, pairs, m);
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Steps                                                                                      */

typedef struct
{
  Level       *level;
  Tree         tree;
  Eval         eval;
  double      *nx, *ny;      /* next positions */
  double      *chunk_energy;
  double       k, step, cx, cy;
  double       placed_step;  /* step factor for nodes placed by an earlier run */
  gint         next_chunk;
} StepJob;

#define BODIES_PER_CHUNK 512

/* Adds the springs and the pull to the middle to the repulsion, and moves each body one step
 * along its force. */
static void
move_worker (gpointer data, guint worker)
{
  StepJob *job = data;
  const Level *l = job->level;
  const Tree *t = &job->tree;
  double ck2 = REPULSION_C * job->k * job->k, inv_k = 1.0 / job->k;

  for (;;)
    {
      guint chunk = (guint) g_atomic_int_add (&job->next_chunk, 1);
      guint s0 = chunk * BODIES_PER_CHUNK, s1 = MIN (s0 + BODIES_PER_CHUNK, t->n);
      double energy = 0;

      if (s0 >= t->n)
        break;
      for (guint s = s0; s < s1; s++)
        {
          guint v = t->perm[s];
          double x = l->x[v], y = l->y[v];
          double fx = ck2 * job->eval.fx[s], fy = ck2 * job->eval.fy[s], f2, step = job->step;

          for (guint a = l->adj_first[v]; a < l->adj_first[v + 1]; a++)
            {
              guint u = l->adj[a];
              double dx = l->x[u] - x, dy = l->y[u] - y;
              double pull = l->w[a] * sqrt (dx * dx + dy * dy) * inv_k;
              fx += dx * pull;
              fy += dy * pull;
            }
          /* a gentle pull to the middle, growing with the distance */
          fx -= GRAVITY * (x - job->cx);
          fy -= GRAVITY * (y - job->cy);
          f2 = fx * fx + fy * fy;
          energy += f2;
          if ((l->flags[v] & SL_GRAPH_FORCE_PINNED) || f2 <= 0)
            {
              job->nx[v] = x;
              job->ny[v] = y;
              continue;
            }
          if (l->flags[v] & SL_GRAPH_FORCE_PLACED)
            step *= job->placed_step;
          f2 = step / sqrt (f2);
          job->nx[v] = x + fx * f2;
          job->ny[v] = y + fy * f2;
        }
      job->chunk_energy[chunk] = energy;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Overlaps                                                                                   */

/* A hashed uniform grid: cells of a fixed size, hashed into about 2n buckets, so a few far
 * outliers cost nothing. Pairs are found by looking at the buckets of the 3 × 3 cells around
 * a point (each bucket once) and checking distances. */
typedef struct
{
  double  cell;
  guint   n_buckets;
  guint  *first;   /* bucket → first index into items, CSR */
  guint  *items;
} Grid;

static inline guint
grid_bucket (const Grid *g, gint64 cx, gint64 cy)
{
  guint64 h = (guint64) cx * 0x9e3779b97f4a7c15ull ^ (guint64) cy * 0xc2b2ae3d27d4eb4full;

  h ^= h >> 29;
  return (guint) (h % g->n_buckets);
}

static inline gint64
grid_coord (const Grid *g, double v)
{
  return (gint64) floor (v / g->cell);
}

static void
grid_build (Grid *g, guint n, const double *x, const double *y, double cell)
{
  g_autofree guint *fill = NULL;
  g_autofree guint *bucket = g_new (guint, n + 1);

  g->cell = cell;
  g->n_buckets = 2 * n + 1;
  g_free (g->first);
  g_free (g->items);
  g->first = g_new0 (guint, g->n_buckets + 1);
  g->items = g_new (guint, n + 1);
  fill = g_new0 (guint, g->n_buckets + 1);
  for (guint i = 0; i < n; i++)
    {
      bucket[i] = grid_bucket (g, grid_coord (g, x[i]), grid_coord (g, y[i]));
      g->first[bucket[i] + 1]++;
    }
  for (guint c = 0; c < g->n_buckets; c++)
    g->first[c + 1] += g->first[c];
  for (guint i = 0; i < n; i++)
    g->items[g->first[bucket[i]] + fill[bucket[i]]++] = i;
}

/* The distinct buckets of the 3 × 3 cells around (x, y); returns how many. */
static guint
grid_around (const Grid *g, double x, double y, guint out[9])
{
  gint64 cx = grid_coord (g, x), cy = grid_coord (g, y);
  guint n = 0;

  for (gint64 dy = -1; dy <= 1; dy++)
    for (gint64 dx = -1; dx <= 1; dx++)
      {
        guint b = grid_bucket (g, cx + dx, cy + dy), k;
        for (k = 0; k < n && out[k] != b; k++)
          ;
        if (k == n)
          out[n++] = b;
      }
  return n;
}

static void
grid_clear (Grid *g)
{
  g_free (g->first);
  g_free (g->items);
  memset (g, 0, sizeof *g);
}

static double
node_radius (const double *radius, guint i)
{
  return radius ? radius[i] : DEFAULT_RADIUS;
}

/* One sweep pushing apart every pair closer than r_i + r_j + gap; returns the pairs moved. */
static guint
separate_pass (guint n, double *x, double *y, const double *radius, const guint8 *flags,
               double gap, double max_r, Grid *g)
{
  guint moved = 0;

  grid_build (g, n, x, y, 2 * max_r + gap);
  for (guint i = 0; i < n; i++)
    {
      double ri = node_radius (radius, i);
      gboolean pin_i = flags && (flags[i] & SL_GRAPH_FORCE_PINNED);
      guint around[9], n_around = grid_around (g, x[i], y[i], around);

      for (guint a = 0; a < n_around; a++)
          {
            guint c = around[a];
            for (guint k = g->first[c]; k < g->first[c + 1]; k++)
              {
                guint j = g->items[k];
                double dx, dy, d, want, push, ux, uy;
                gboolean pin_j;

                if (j <= i)
                  continue;
                dx = x[j] - x[i];
                dy = y[j] - y[i];
                want = ri + node_radius (radius, j) + gap;
                if (dx * dx + dy * dy >= want * want)
                  continue;
                pin_j = flags && (flags[j] & SL_GRAPH_FORCE_PINNED);
                if (pin_i && pin_j)
                  continue;
                d = sqrt (dx * dx + dy * dy);
                if (d > 1e-9)
                  {
                    ux = dx / d;
                    uy = dy / d;
                  }
                else
                  {
                    /* the same place: a direction from the pair's indexes */
                    double angle = (double) ((i * 2654435761u + j * 40503u) % 6283u) / 1000.0;
                    ux = cos (angle);
                    uy = sin (angle);
                  }
                /* a little past the gap, so the pair does not come back next sweep */
                push = want - d + 1e-6 * want;
                if (pin_i)
                  {
                    x[j] += ux * push;
                    y[j] += uy * push;
                  }
                else if (pin_j)
                  {
                    x[i] -= ux * push;
                    y[i] -= uy * push;
                  }
                else
                  {
                    x[i] -= ux * push / 2;
                    y[i] -= uy * push / 2;
                    x[j] += ux * push / 2;
                    y[j] += uy * push / 2;
                  }
                moved++;
              }
          }
    }
  return moved;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* How much to spread the whole layout so that most nodes clear their nearest neighbour:
 * springs pull a tangled graph tighter than its discs allow, and a uniform scale keeps its
 * shape where pushing pairs apart one by one would crumple it. Measured on a sample. */
static double
spread_factor (guint n, const double *x, const double *y, const double *radius, double gap,
               double max_r)
{
  Grid g = { 0 };
  double factor;
  guint stride = MAX (n / 2000, 1u), n_samples = 0;
  g_autofree double *ratios = g_new (double, n / stride + 1);

  /* only neighbours closer than two of the largest discs can overlap */
  grid_build (&g, n, x, y, 2 * max_r + gap);
  for (guint i = 0; i < n; i += stride)
    {
      guint around[9], n_around = grid_around (&g, x[i], y[i], around);
      double best = 0;

      for (guint a = 0; a < n_around; a++)
          {
            guint c = around[a];
            for (guint k = g.first[c]; k < g.first[c + 1]; k++)
              {
                guint j = g.items[k];
                double d, want;
                if (j == i)
                  continue;
                d = hypot (x[j] - x[i], y[j] - y[i]);
                want = node_radius (radius, i) + node_radius (radius, j) + gap;
                best = MAX (best, want / MAX (d, 1e-9));
              }
          }
      ratios[n_samples++] = best;
    }
  grid_clear (&g);
  qsort (ratios, n_samples, sizeof (double), cmp_double);
  /* three nodes in four clear their neighbours after the spread */
  factor = ratios[(n_samples * 3) / 4];
  return CLAMP (factor, 1.0, 8.0);
}

guint
sl_graph_force_count_overlaps (guint n, const double *x, const double *y, const double *radius)
{
  Grid g = { 0 };
  double max_r = 0;
  guint overlaps = 0;

  g_return_val_if_fail (n == 0 || (x != NULL && y != NULL), 0);
  if (n < 2)
    return 0;
  for (guint i = 0; i < n; i++)
    max_r = MAX (max_r, node_radius (radius, i));
  grid_build (&g, n, x, y, 2 * max_r + 1e-9);
  for (guint i = 0; i < n; i++)
    {
      guint around[9], n_around = grid_around (&g, x[i], y[i], around);

      for (guint a = 0; a < n_around; a++)
          {
            guint c = around[a];
            for (guint k = g.first[c]; k < g.first[c + 1]; k++)
              {
                guint j = g.items[k];
                double dx, dy, want;
                if (j <= i)
                  continue;
                dx = x[j] - x[i];
                dy = y[j] - y[i];
                want = node_radius (radius, i) + node_radius (radius, j);
                overlaps += dx * dx + dy * dy < want * want;
              }
          }
    }
  grid_clear (&g);
  return overlaps;
}

/* ------------------------------------------------------------------------------------------ */
/* The whole run                                                                              */

typedef struct
{
  SlGraphForceProgress progress;
  gpointer             data;
  double               done, total;
} Progress;

static void
report (Progress *p, double work)
{
  p->done += work;
  if (p->progress)
    p->progress (MIN (p->done / MAX (p->total, 1.0), 1.0), p->data);
}

/* Runs `iterations` steps on one level from its current positions. */
static gboolean
run_level (Level *l, guint iterations, double step0, double placed_step,
           const SlGraphForceOptions *opts, Pool *pool, guint n_workers, Progress *progress,
           GCancellable *cancellable)
{
  StepJob job = { 0 };
  double energy0 = G_MAXDOUBLE, cap = step0;
  guint improved = 0, n_chunks;
  gboolean ok = TRUE;

  if (l->n == 0)
    return TRUE;
  job.level = l;
  job.k = l->k;
  job.step = step0;
  job.placed_step = placed_step;
  job.nx = g_new (double, l->n);
  job.ny = g_new (double, l->n);
  tree_init (&job.tree, l->n);
  eval_init (&job.eval, &job.tree, n_workers);
  n_chunks = (l->n + BODIES_PER_CHUNK - 1) / BODIES_PER_CHUNK;
  job.chunk_energy = g_new0 (double, n_chunks + 1);
  /* the pull to the middle aims at the middle of the start */
  for (guint i = 0; i < l->n; i++)
    {
      job.cx += l->x[i];
      job.cy += l->y[i];
    }
  job.cx /= l->n;
  job.cy /= l->n;

  for (guint it = 0; it < iterations; it++)
    {
      double energy = 0, *tx, *ty;

      if (g_cancellable_is_cancelled (cancellable))
        {
          ok = FALSE;
          break;
        }
      tree_build (&job.tree, l->x, l->y, NULL);
      eval_run (&job.eval, opts->theta > 0 ? opts->theta : 0.7, pool, n_workers);
      job.next_chunk = 0;
      pool_run (pool, move_worker, &job);
      for (guint c = 0; c < n_chunks; c++)
        energy += job.chunk_energy[c];
      tx = l->x;
      ty = l->y;
      l->x = job.nx;
      l->y = job.ny;
      job.nx = tx;
      job.ny = ty;

      /* Hu's adaptive step: grow after five improving steps in a row, shrink otherwise;
       * and never above a cap that cools geometrically, so a fixed number of steps ends
       * calm */
      if (energy < energy0)
        {
          if (++improved >= 5)
            {
              improved = 0;
              job.step /= COOLING;
            }
        }
      else
        {
          improved = 0;
          job.step *= COOLING;
        }
      energy0 = energy;
      cap *= pow (0.01, 1.0 / MAX (iterations, 1u));
      job.step = MIN (job.step, cap);
      report (progress, l->n);
    }

  eval_clear (&job.eval, n_workers);
  g_free (job.nx);
  g_free (job.ny);
  g_free (job.chunk_energy);
  tree_clear (&job.tree);
  return ok;
}

typedef struct
{
  guint  comp, size;
  double rho;
} CompInfo;

static int
cmp_comp (gconstpointer pa, gconstpointer pb)
{
  const CompInfo *a = pa, *b = pb;

  if (a->size != b->size)
    return a->size > b->size ? -1 : 1;
  return a->comp < b->comp ? -1 : a->comp > b->comp;
}

/* Pieces of the graph that nothing ties to the rest (lone sources, small clusters) are pushed
 * far out by the repulsion of the whole; bring them back in rings around the largest piece,
 * each moved as a whole. Pieces holding a pinned or placed node stay where they are. */
static void
pack_components (Level *l, const double *radius, double gap)
{
  guint n = l->n, n_comps = 0, main_comp = 0, main_size = 0;
  g_autofree guint *comp = g_new (guint, n);
  g_autofree guint *queue = g_new (guint, n);
  g_autofree guint *size = NULL;
  g_autofree gboolean *fixed = NULL;
  g_autofree double *ccx = NULL, *ccy = NULL, *rho = NULL;
  g_autoptr (GArray) loose = g_array_new (FALSE, FALSE, sizeof (CompInfo));
  double cx = 0, cy = 0, base = 0, ring_r = 0, ring_max = 0, angle = 0;
  guint n_main = 0;

  for (guint i = 0; i < n; i++)
    comp[i] = G_MAXUINT;
  for (guint root = 0; root < n; root++)
    {
      guint qh = 0, qt = 0;
      if (comp[root] != G_MAXUINT)
        continue;
      comp[root] = n_comps;
      queue[qt++] = root;
      while (qh < qt)
        {
          guint v = queue[qh++];
          for (guint a = l->adj_first[v]; a < l->adj_first[v + 1]; a++)
            if (comp[l->adj[a]] == G_MAXUINT)
              {
                comp[l->adj[a]] = n_comps;
                queue[qt++] = l->adj[a];
              }
        }
      n_comps++;
    }
  if (n_comps < 2)
    return;
  size = g_new0 (guint, n_comps);
  fixed = g_new0 (gboolean, n_comps);
  ccx = g_new0 (double, n_comps);
  ccy = g_new0 (double, n_comps);
  rho = g_new0 (double, n_comps);
  for (guint i = 0; i < n; i++)
    {
      size[comp[i]]++;
      ccx[comp[i]] += l->x[i];
      ccy[comp[i]] += l->y[i];
      if (l->flags[i] & (SL_GRAPH_FORCE_PINNED | SL_GRAPH_FORCE_PLACED))
        fixed[comp[i]] = TRUE;
    }
  for (guint c = 0; c < n_comps; c++)
    {
      ccx[c] /= size[c];
      ccy[c] /= size[c];
      if (size[c] > main_size)
        {
          main_size = size[c];
          main_comp = c;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      double d = hypot (l->x[i] - ccx[comp[i]], l->y[i] - ccy[comp[i]]) + node_radius (radius, i);
      rho[comp[i]] = MAX (rho[comp[i]], d);
    }
  /* the ring goes around the largest piece and every piece that may not move */
  for (guint i = 0; i < n; i++)
    if (comp[i] == main_comp || fixed[comp[i]])
      {
        cx += l->x[i];
        cy += l->y[i];
        n_main++;
      }
  cx /= n_main;
  cy /= n_main;
  for (guint i = 0; i < n; i++)
    if (comp[i] == main_comp || fixed[comp[i]])
      base = MAX (base, hypot (l->x[i] - cx, l->y[i] - cy) + node_radius (radius, i));
  for (guint c = 0; c < n_comps; c++)
    if (c != main_comp && !fixed[c])
      {
        CompInfo info = { c, size[c], rho[c] };
        g_array_append_val (loose, info);
      }
  g_array_sort (loose, cmp_comp);

  /* rings around the fixed middle, filled largest piece first; each ring's pieces are then
   * spread evenly round it */
  base += 2 * gap;
  for (guint k = 0; k < loose->len;)
    {
      guint first = k;
      double used = 0;

      ring_max = g_array_index (loose, CompInfo, k).rho;
      ring_r = base + ring_max;
      while (k < loose->len)
        {
          CompInfo *info = &g_array_index (loose, CompInfo, k);
          double span = 2 * (info->rho + gap) / ring_r;
          if (k > first && used + span > 2 * G_PI)
            break;
          used += span;
          k++;
        }
      angle = 0;
      for (guint j = first; j < k; j++)
        {
          CompInfo *info = &g_array_index (loose, CompInfo, j);
          double span = 2 * (info->rho + gap) / ring_r;
          double step = span + (2 * G_PI - used) / (k - first);
          ccx[info->comp] = cx + ring_r * cos (angle + span / 2) - ccx[info->comp];
          ccy[info->comp] = cy + ring_r * sin (angle + span / 2) - ccy[info->comp];
          angle += step;
        }
      base = ring_r + ring_max + gap;
    }
  /* ccx, ccy of the loose pieces now hold their moves */
  for (guint i = 0; i < n; i++)
    if (comp[i] != main_comp && !fixed[comp[i]])
      {
        l->x[i] += ccx[comp[i]];
        l->y[i] += ccy[comp[i]];
      }
}

static double
hash_unit (guint32 seed, guint32 i, guint32 salt)
{
  guint32 h = seed * 0x9e3779b9u ^ (i + 0x7f4a7c15u) * 0x85ebca6bu ^ salt * 0xc2b2ae35u;

  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;
  return (h & 0xffffff) / (double) 0x1000000;
}

gboolean
sl_graph_force_layout (const SlGraphForceProblem *problem, const SlGraphForceOptions *opts_in,
                       SlGraphForceProgress progress_func, gpointer user_data,
                       GCancellable *cancellable, GError **error)
{
  SlGraphForceOptions opts;
  g_autoptr (GArray) levels = NULL;
  g_autoptr (GRand) rand = NULL;
  Pool *pool;
  Progress progress = { progress_func, user_data, 0, 0 };
  guint n, n_workers, n_placed = 0;
  g_autofree guint *steps = NULL;
  double k, mean_r = 0, max_r = 0;
  gboolean ok = TRUE;
  PairW *pairs;
  Level fine = { 0 };

  g_return_val_if_fail (problem != NULL, FALSE);
  g_return_val_if_fail (problem->n_nodes == 0 || (problem->x != NULL && problem->y != NULL), FALSE);
  g_return_val_if_fail (problem->n_edges == 0 || (problem->from != NULL && problem->to != NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (opts_in)
    opts = *opts_in;
  else
    sl_graph_force_options_init (&opts);
  n = problem->n_nodes;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (n == 0)
    return TRUE;
  init_tables ();
  rand = g_rand_new_with_seed (opts.seed);

  for (guint i = 0; i < n; i++)
    {
      mean_r += node_radius (problem->radius, i);
      max_r = MAX (max_r, node_radius (problem->radius, i));
    }
  mean_r /= n;
  /* K: the length at which a lone pair settles is about 0.58 K; leave room for both discs,
   * their labels and some air */
  k = opts.edge_length > 0 ? opts.edge_length : 5.0 * mean_r + 2 * opts.gap;

  fine.n = n;
  fine.x = g_new (double, n);
  fine.y = g_new (double, n);
  fine.flags = g_new0 (guint8, n);
  fine.k = k;
  for (guint i = 0; i < n; i++)
    {
      fine.flags[i] = problem->flags ? problem->flags[i] : 0;
      fine.x[i] = problem->x[i];
      fine.y[i] = problem->y[i];
      if (fine.flags[i] & SL_GRAPH_FORCE_PLACED)
        n_placed++;
    }
  pairs = g_new (PairW, problem->n_edges + 1);
  for (guint e = 0; e < problem->n_edges; e++)
    {
      guint32 a = problem->from[e], b = problem->to[e];
      if (a >= n || b >= n)
        {
          a = b = 0;   /* dropped as a self-pair */
        }
      pairs[e].a = MIN (a, b);
      pairs[e].b = MAX (a, b);
      pairs[e].w = 1;
    }
  level_set_edges (&fine, pairs, problem->n_edges);
  g_free (pairs);

  levels = g_array_new (FALSE, FALSE, sizeof (Level));
  g_array_append_val (levels, fine);

  /* coarsen only a graph laid out from scratch */
  while (opts.multilevel && n_placed == 0
         && g_array_index (levels, Level, levels->len - 1).n > MIN_COARSE)
    {
      Level coarse;
      Level *last = &g_array_index (levels, Level, levels->len - 1);
      if (!coarsen (last, &coarse, rand))
        break;
      coarse.k = k * sqrt ((double) n / coarse.n);
      g_array_append_val (levels, coarse);
    }

  /* the steps: all on one level, or shared out, the finest taking its part and the coarser
   * ones, cheap and deciding the overall shape, the rest evenly */
  steps = g_new0 (guint, levels->len);
  if (levels->len == 1)
    steps[0] = opts.iterations;
  else
    {
      guint fine_steps = opts.fine_iterations > 0 ? MIN (opts.fine_iterations, opts.iterations)
                                                  : MAX (opts.iterations / 4, MIN (opts.iterations, 20u));
      guint rest = opts.iterations - fine_steps, coarse = levels->len - 1;
      steps[0] = fine_steps;
      for (guint li = 1; li < levels->len; li++)
        steps[li] = rest / coarse + (li - 1 < rest % coarse ? 1 : 0);
    }
  for (guint li = 0; li < levels->len; li++)
    progress.total += (double) g_array_index (levels, Level, li).n * steps[li];
  n_workers = default_threads (opts.n_threads);
  /* small levels are not worth waking threads for */
  pool = pool_new (n >= 2000 ? n_workers : 1);
  if (n < 2000)
    n_workers = 1;

  /* the coarsest level starts from scattered places; the rest start from the level above */
  {
    Level *top = &g_array_index (levels, Level, levels->len - 1);
    double side = sqrt ((double) top->n) * top->k;
    double cx = 0, cy = 0;
    guint n_fixed = 0;

    for (guint i = 0; i < top->n; i++)
      if (top->flags[i] & (SL_GRAPH_FORCE_PLACED | SL_GRAPH_FORCE_PINNED))
        {
          cx += top->x[i];
          cy += top->y[i];
          n_fixed++;
        }
    if (n_fixed)
      {
        cx /= n_fixed;
        cy /= n_fixed;
      }
    if (n_placed > 0)
      {
        /* an earlier run placed some: newcomers start beside their placed neighbours */
        g_autofree guint8 *known = g_new0 (guint8, top->n);
        gboolean changed = TRUE;
        for (guint i = 0; i < top->n; i++)
          known[i] = (top->flags[i] & (SL_GRAPH_FORCE_PLACED | SL_GRAPH_FORCE_PINNED)) != 0;
        while (changed)
          {
            changed = FALSE;
            for (guint i = 0; i < top->n; i++)
              {
                double sx = 0, sy = 0;
                guint cnt = 0;
                if (known[i])
                  continue;
                for (guint a = top->adj_first[i]; a < top->adj_first[i + 1]; a++)
                  if (known[top->adj[a]] == 1)
                    {
                      sx += top->x[top->adj[a]];
                      sy += top->y[top->adj[a]];
                      cnt++;
                    }
                if (cnt == 0)
                  continue;
                top->x[i] = sx / cnt + (hash_unit (opts.seed, i, 1) - 0.5) * top->k;
                top->y[i] = sy / cnt + (hash_unit (opts.seed, i, 2) - 0.5) * top->k;
                known[i] = 2;
                changed = TRUE;
              }
            for (guint i = 0; i < top->n; i++)
              if (known[i] == 2)
                known[i] = 1;
          }
        for (guint i = 0; i < top->n; i++)
          if (!known[i])
            {
              /* unconnected to anything placed: somewhere around the middle */
              top->x[i] = cx + (hash_unit (opts.seed, i, 3) - 0.5) * side;
              top->y[i] = cy + (hash_unit (opts.seed, i, 4) - 0.5) * side;
            }
      }
    else
      for (guint i = 0; i < top->n; i++)
        if (!(top->flags[i] & (SL_GRAPH_FORCE_PLACED | SL_GRAPH_FORCE_PINNED)))
          {
            top->x[i] = cx + (hash_unit (opts.seed, i, 3) - 0.5) * side;
            top->y[i] = cy + (hash_unit (opts.seed, i, 4) - 0.5) * side;
          }
  }

  for (guint li = levels->len; li-- > 0 && ok;)
    {
      Level *l = &g_array_index (levels, Level, li);
      gboolean coarsest = li == levels->len - 1;
      double step0;

      if (!coarsest)
        {
          /* start from the coarser level: a merged pair splits a little apart */
          const Level *up = &g_array_index (levels, Level, li + 1);
          for (guint v = 0; v < l->n; v++)
            {
              guint p = l->parent[v];
              if (l->flags[v] & SL_GRAPH_FORCE_PINNED)
                continue;
              l->x[v] = up->x[p] + (hash_unit (opts.seed, v, 5 + li) - 0.5) * 0.3 * l->k;
              l->y[v] = up->y[p] + (hash_unit (opts.seed, v, 6 + li) - 0.5) * 0.3 * l->k;
            }
        }
      /* from scratch the first steps are long; refining a coarser layout or an earlier
       * run's moves less */
      step0 = coarsest && n_placed == 0 ? l->k : 0.25 * l->k;
      ok = run_level (l, steps[li], step0,
                      n_placed > 0 ? PLACED_STEP : 1.0, &opts, pool, n_workers, &progress,
                      cancellable);
    }
  pool_free (pool);

  if (ok)
    {
      Level *l = &g_array_index (levels, Level, 0);
      Grid g = { 0 };

      /* spread a new layout so most discs clear their neighbours (an earlier run's places
       * stay as they are), bring loose pieces in, then push the remaining overlapping pairs
       * apart until none is left (or give up after many sweeps) */
      if (n > 1 && n_placed == 0)
        {
          double f = spread_factor (n, l->x, l->y, problem->radius, opts.gap, max_r);
          double cx = 0, cy = 0;
          for (guint i = 0; i < n; i++)
            {
              cx += l->x[i];
              cy += l->y[i];
            }
          cx /= n;
          cy /= n;
          for (guint i = 0; i < n && f > 1.0; i++)
            if (!(l->flags[i] & SL_GRAPH_FORCE_PINNED))
              {
                l->x[i] = cx + (l->x[i] - cx) * f;
                l->y[i] = cy + (l->y[i] - cy) * f;
              }
        }
      pack_components (l, problem->radius, opts.gap);
      for (guint pass = 0; pass < 400; pass++)
        if (separate_pass (n, l->x, l->y, problem->radius, l->flags, opts.gap, max_r, &g) == 0)
          break;
      grid_clear (&g);
      ok = !g_cancellable_is_cancelled (cancellable);
      if (ok)
        {
          memcpy (problem->x, l->x, n * sizeof (double));
          memcpy (problem->y, l->y, n * sizeof (double));
        }
    }
  if (!ok)
    g_cancellable_set_error_if_cancelled (cancellable, error);
  for (guint li = 0; li < levels->len; li++)
    level_clear (&g_array_index (levels, Level, li));
  return ok;
}
