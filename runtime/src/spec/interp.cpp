// The run-time interpreter of one spec: dissect(), visit() and the rest of RuntimeProtocol, with
// the semantics of the view the generator would make of the same spec (generator/jspcapgen/
// render.py and templates/view.hpp.j2). Everything that does not depend on the packet (leaf
// kinds, constant sizes, enum tables, TLV formats, text rules, the names in expressions) is
// resolved once here, at construction; the packet path only walks arrays and never allocates.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/text_message.hpp"
#include "jspcap/tlv.hpp"
#include "spec/interp.hpp"
#include "spec/model.hpp"
#include "spec/resolve.hpp"

namespace jspcap::spec {
namespace {

/// Leaves a spec may have: the per-packet offsets live on the stack in arrays of this size.
constexpr std::size_t kMaxLeaves = 128;

constexpr const char* kRunsPast = "malformed: the element runs past the end of its list";

std::uint64_t load_big(const std::uint8_t* p, std::size_t n) noexcept {
  switch (n) {
    case 1: return p[0];
    case 2: return load_be16(p);
    case 4: return load_be32(p);
    case 8: return load_be64(p);
    default: return load_be(p, n);
  }
}

std::uint64_t load_little(const std::uint8_t* p, std::size_t n) noexcept {
  switch (n) {
    case 1: return p[0];
    case 2: return load_le16(p);
    case 4: return load_le32(p);
    case 8: return load_le64(p);
    default: return load_le(p, n);
  }
}

std::uint64_t load_order(const std::uint8_t* p, std::size_t n, ByteOrder order) noexcept {
  switch (order) {
    case ByteOrder::big: return load_big(p, n);
    case ByteOrder::little: return load_little(p, n);
    case ByteOrder::either: {
      // Written in the capturing host's order: of the two readings, the smaller is the value.
      const std::uint64_t be = load_big(p, n), le = load_little(p, n);
      return be < le ? be : le;
    }
  }
  return 0;
}

constexpr std::uint64_t low_mask(int bits) noexcept { return bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1; }

bool is_addr(Kind k) noexcept { return k == Kind::mac || k == Kind::ipv4 || k == Kind::ipv6; }
std::size_t addr_size(Kind k) noexcept { return k == Kind::mac ? 6 : k == Kind::ipv4 ? 4 : 16; }
AddrKind addr_kind(Kind k) noexcept { return k == Kind::mac ? AddrKind::mac : k == Kind::ipv4 ? AddrKind::ipv4 : AddrKind::ipv6; }

/// render.py _never_negative(): a size the generated code need not test for < 0.
bool never_negative(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::num: return e.num >= 0;
    case Expr::Kind::name:
    case Expr::Kind::attr: return true;
    case Expr::Kind::bin: {
      static constexpr std::string_view kOps[] = {"+", "*", "/", "%", "&", "|", ">>", "<<"};
      return std::find(std::begin(kOps), std::end(kOps), e.op) != std::end(kOps) && never_negative(e.kids[0]) &&
             never_negative(e.kids[1]);
    }
    case Expr::Kind::cond: return never_negative(e.kids[1]) && never_negative(e.kids[2]);
    default: return false;
  }
}

bool has_names(const Expr& e) {
  if (e.kind == Expr::Kind::name || e.kind == Expr::Kind::attr) return true;
  for (const Expr& k : e.kids)
    if (has_names(k)) return true;
  return false;
}

const Field* first_leaf(const Field& f) {
  const Field* g = &f;
  while (g->kind == Kind::structure && !g->children.empty()) g = &g->children.front();
  return g;
}

/// A field's value in one of the sink's scalar forms (render.py _scalar_call).
void scalar(AnySink& s, const Field& f, std::string_view key, std::uint64_t v, const EnumRef& en) {
  const unsigned nbytes = static_cast<unsigned>((f.bits + 7) / 8);
  if (!f.flags.empty()) {
    s.begin(key);
    for (const auto& [flag, mask] : f.flags) s.boolean(flag, (v & mask) != 0);
    s.end();
  } else if (f.fmt == Format::boolean) {
    s.boolean(key, v != 0);
  } else if (!f.enum_name.empty()) {
    s.enumerated(key, v, en.name(v), f.fmt == Format::hex, nbytes);
  } else if (f.fmt == Format::hex) {
    s.hex(key, v, nbytes);
  } else {
    s.uint(key, v);
  }
}

/// The value of a field of a case (or of an element header) at its static offset from `base`
/// (render.py _case_read: no boolean narrowing here).
std::uint64_t case_read(const Field& f, const std::uint8_t* base, std::int64_t at) noexcept {
  std::uint64_t raw = load_order(base + at, static_cast<std::size_t>(f.group_bytes), f.byte_order);
  if (f.shift || f.bits < f.group_bytes * 8) raw = (raw >> f.shift) & low_mask(f.bits);
  return raw * static_cast<std::uint64_t>(f.scale);
}

class Interpreter final : public RuntimeProtocol {
 public:
  Interpreter(std::shared_ptr<const Protocol> p, const Resolver& r);

  Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                bool partial) const noexcept override;
  void visit(const std::uint8_t* p, std::size_t n, AnySink& s) const override;
  bool fragments(ProtocolId& scope) const noexcept override;
  bool fragment(Bytes layer, Bytes scope, FragmentInfo& out) const noexcept override;
  void visit_fragment_key(const std::uint8_t* key, std::size_t n, AnySink& s) const override;
  bool streams(StreamBinding& out) const noexcept override;
  bool stream(Bytes layer, ProtocolId scope_id, Bytes scope, StreamInfo& out) const noexcept override;
  bool message_rules(MessageRules& out) const noexcept override;
  bool probe(const std::uint8_t* p, std::size_t n) const noexcept override;
  bool read_field(std::string_view name, Bytes layer, Bytes& raw, std::uint64_t& value) const noexcept override;

 private:
  /// What a field needs besides the model: enum table, option list, switch cases, owned keys.
  struct Extra {
    EnumRef en;
    int list = -1;             ///< index into types_ of a `list:` field
    int sw = -1;               ///< index into types_ of a `switch:` field
    const char* aux = "";      ///< "<name>_padding" of a list; a counted repeat's error
  };
  /// One `valid:` check.
  struct Check {
    Reason reason = Reason::none;   ///< bad_value (eq), below_min, above_max, not_allowed (in)
    std::int64_t limit = 0;
    const std::vector<std::int64_t>* in = nullptr;
  };
  /// One leaf of the protocol's fields, in wire order.
  struct Leaf {
    const Field* f = nullptr;
    bool bit = false;          ///< a member of a bit group
    bool group_last = false;   ///< the last member: the offset moves past the group after it
    bool rest = false;         ///< bytes: rest
    bool size_const = false;   ///< the extent is known without the packet
    std::int64_t size = 0;     ///< then: the extent in bytes (a bit group's bytes for its members)
    bool may_neg = false;      ///< a size expression that may work out negative
    bool dynamic = false;      ///< check() tests its bounds (render.py check_lines)
    std::vector<Check> checks; ///< `valid:`, in the spec's order
    Extra x;                   ///< extras_[f], kept here for the packet path
  };
  /// A `types:` entry: its TlvFormat (with owned arrays) and its cases by kind.
  struct Type {
    const TlvType* t = nullptr;
    std::vector<std::uint16_t> one_byte, end;
    TlvFormat format{};
    EnumRef kind_enum;
    std::vector<std::pair<std::int64_t, const std::vector<Field>*>> cases;  ///< sorted by kind
  };
  /// A name in a protocol-level expression: a leaf (-1: parent_len, -3: unknown), a flag's mask.
  struct Ref {
    int leaf = -3;
    bool attr = false;
    std::uint64_t mask = 0;
  };
  /// The packet-dependent layout: every leaf's offset and extent, computed in wire order.
  struct Ctx {
    const std::uint8_t* p;
    std::size_t n;
    std::int64_t parent_len;
    std::int64_t off[kMaxLeaves + 1];
    std::int64_t size[kMaxLeaves];
    bool present[kMaxLeaves];
  };
  struct KeyPiece {
    const Field* f = nullptr;           ///< null: a scope field of unknown kind
    const char* name = "";
    EnumRef en;
    bool scope = false;
  };
  struct Scope {
    ProtocolId id{};
    std::size_t fixed = 0;    ///< the scope protocol's fixed size, when its model is known
    bool known = false;
    AddrKind kind = AddrKind::ipv4;
    std::size_t size = 0;
  };

  // Construction
  void add_leaves(const std::vector<Field>& fs);
  void add_extras(const std::vector<Field>& fs, const Resolver& r);
  int type_index(const std::string& name, const Resolver& r);
  EnumRef enum_ref(const std::string& name, const Resolver& r) const;
  void bind(const Expr& e);
  void bind_case(const Expr& e, const std::vector<Field>& fields);
  const char* own(std::string s) { return owned_.emplace_back(std::move(s)).c_str(); }
  const char* shorter(std::int64_t need) const noexcept;

  // The packet path
  void layout(Ctx& c) const noexcept;
  std::uint64_t value(const Ctx& c, int i) const noexcept;
  std::int64_t eval_in(const Ctx& c, const Expr& e) const noexcept;
  bool fits(const Ctx& c, int i) const noexcept;
  bool walk(const Ctx& c, AnySink& s, const std::vector<Field>& fs, int depth, int& leaf) const;
  void value_line(const Ctx& c, AnySink& s, int i) const;
  void tlv_list(AnySink& s, const Field& f, Bytes span) const;
  void visit_element(AnySink& s, const TlvItem& e, const Type& t) const;
  void case_body(AnySink& s, const TlvItem& e, const std::vector<Field>& fields, std::int64_t need) const;
  void case_field(AnySink& s, const Field& f, const std::uint8_t* base, std::string_view key, const TlvItem& e,
                  std::size_t tail, std::int64_t at) const;
  const Extra& extra(const Field& f) const noexcept;

  std::shared_ptr<const Protocol> p_;
  std::int64_t fixed_ = 0;
  std::vector<Leaf> leaves_;
  std::unordered_map<std::string, int> leaf_by_name_;
  int rest_leaf_ = -1;
  std::unordered_map<const Field*, Extra> extras_;
  std::vector<Type> types_;
  std::unordered_map<const Expr*, Ref> refs_;
  bool slots_agree_ = true;
  std::unordered_map<const Expr*, const Field*> case_refs_;
  std::deque<std::string> owned_;
  std::vector<std::pair<std::int64_t, const char*>> shorter_;

  struct NextEntry {
    const Next* n = nullptr;
    TableId table{};
    ProtocolId protocol{};
    HeuristicId heuristic = HeuristicId::none;
  };
  std::vector<NextEntry> next_;

  // fragment:
  ProtocolId fragment_scope_{};
  std::size_t fragment_scope_fixed_ = 0;   ///< the scope's fixed size, when its model is known
  TableId fragment_table_{};
  std::vector<KeyPiece> key_;
  std::deque<Field> scope_fields_;                                  ///< the scope's key fields
  std::deque<std::map<std::uint64_t, std::string>> scope_enums_;    ///< and their inline enums
  /// The size fragment() found for each key piece of unknown kind (0: none seen yet): the
  /// compiled scopes give addresses only, whose size fixes their kind.
  std::unique_ptr<std::atomic<std::uint8_t>[]> seen_;
  // stream:
  std::vector<Scope> scopes_;
  std::vector<ProtocolId> scope_ids_;
  StreamBinding binding_{};
  int stream_src_ = -1, stream_dst_ = -1, stream_seq_ = -1;
  // message:
  std::deque<std::vector<const char*>> lists_;
  std::deque<std::vector<TokenRule>> tokens_;
  std::vector<jspcap::StartRule> start_;
  std::vector<jspcap::BodyRule> body_;
};

// ---- Construction ---------------------------------------------------------------------------

Interpreter::Interpreter(std::shared_ptr<const Protocol> p, const Resolver& r) : p_(std::move(p)) {
  const Protocol& P = *p_;
  fixed_ = P.fixed_size;
  add_leaves(P.fields);
  // A bit group ends where its bits reach a whole byte (layout.py _bit_run, over the leaves in
  // wire order as layout.py walks them, struct or not).
  int used = 0;
  for (Leaf& l : leaves_) {
    used = l.bit ? used + l.f->bits : 0;
    l.group_last = l.bit && used % 8 == 0;
    if (l.group_last) used = 0;
  }
  if (leaves_.size() > kMaxLeaves)
    throw std::runtime_error(P.file + ": " + std::to_string(leaves_.size()) + " fields; the interpreter takes at most " +
                             std::to_string(kMaxLeaves));
  for (std::size_t i = 0; i < leaves_.size(); ++i) leaf_by_name_.emplace(leaves_[i].f->name, static_cast<int>(i));
  // Types first: fields refer to them by index.
  for (const auto& [name, t] : P.types) type_index(name, r);
  add_extras(P.fields, r);
  for (std::size_t ti = 0; ti < types_.size(); ++ti) {
    const TlvType* tt = types_[ti].t;
    add_extras(tt->header, r);
    for (const auto& [kind, fields] : tt->cases) add_extras(*fields, r);
    if (tt->default_fields) add_extras(*tt->default_fields, r);
  }
  // Protocol-level expressions.
  for (const Leaf& l : leaves_) {
    if (l.f->cond) bind(*l.f->cond);
    if (l.f->size) bind(*l.f->size);
    if (l.f->switch_expr) bind(*l.f->switch_expr);
  }
  if (P.header_size) bind(*P.header_size);
  if (P.total_size) bind(*P.total_size);
  for (const Next& n : P.next) {
    for (const Expr& k : n.keys) bind(k);
    if (n.when) bind(*n.when);
    if (n.partial) bind(*n.partial);
    NextEntry e{&n};
    if (!n.heuristic.empty()) e.heuristic = r.heuristic(n.heuristic);
    else if (!n.protocol.empty()) e.protocol = r.protocol(n.protocol);
    else e.table = r.table(n.table);
    next_.push_back(e);
  }
  // Leaf layout facts.
  for (std::size_t i = 0; i < leaves_.size(); ++i) {
    Leaf& l = leaves_[i];
    const Field& f = *l.f;
    l.x = extra(f);
    for (const std::string& check : f.valid.order) {
      if (check == "eq" && f.valid.eq) l.checks.push_back(Check{Reason::bad_value, *f.valid.eq});
      if (check == "min" && f.valid.min) l.checks.push_back(Check{Reason::below_min, *f.valid.min});
      if (check == "max" && f.valid.max) l.checks.push_back(Check{Reason::above_max, *f.valid.max});
      if (check == "in" && f.valid.in) l.checks.push_back(Check{Reason::not_allowed, 0, &*f.valid.in});
    }
    l.dynamic = !f.static_offset || f.kind == Kind::bytes;
    if (l.bit) {
      l.size_const = true;
      l.size = f.group_bytes;
    } else if (f.kind == Kind::uint) {
      l.size_const = true;
      l.size = f.bits / 8;
    } else if (is_addr(f.kind)) {
      l.size_const = true;
      l.size = static_cast<std::int64_t>(addr_size(f.kind));
    } else if (f.kind == Kind::bytes && f.size_rest) {
      l.rest = true;
      rest_leaf_ = static_cast<int>(i);
    } else if (f.kind == Kind::bytes && f.size) {
      l.may_neg = !never_negative(*f.size);
      if (!has_names(*f.size)) {
        l.size_const = true;
        l.size = eval(*f.size, [](const Expr&) { return std::int64_t{0}; });
      }
    }
  }
  // Case-level expressions (counted repeats) and the "shorter than" messages.
  auto note_need = [&](std::int64_t need) {
    if (need && std::none_of(shorter_.begin(), shorter_.end(), [&](const auto& x) { return x.first == need; }))
      shorter_.emplace_back(need, own("malformed: the data is shorter than the " + std::to_string(need) +
                                      " bytes this case needs"));
  };
  for (const Type& t : types_) {
    for (const auto& [kind, need] : t.t->case_sizes) note_need(need);
    note_need(t.t->default_size);
    auto counts = [&](const std::vector<Field>& fields) {
      for (const Field& f : fields)
        if (f.repeat_count) bind_case(*f.repeat_count, fields);
    };
    for (const auto& [kind, fields] : t.t->cases) counts(*fields);
    if (t.t->default_fields) counts(*t.t->default_fields);
  }
  // fragment:
  if (P.fragment) {
    const Fragment& fr = *P.fragment;
    for (const Expr* e : {fr.offset ? &*fr.offset : nullptr, fr.more ? &*fr.more : nullptr,
                          fr.next_key ? &*fr.next_key : nullptr})
      if (e) bind(*e);
    fragment_table_ = r.table(fr.next_table);
    for (const std::string& k : fr.key) {
      auto it = leaf_by_name_.find(k);
      KeyPiece piece;
      piece.name = k.c_str();
      if (it != leaf_by_name_.end()) {
        piece.f = leaves_[static_cast<std::size_t>(it->second)].f;
        piece.en = extra(*piece.f).en;
      }
      key_.push_back(piece);
    }
    if (!fr.scope.empty()) {
      fragment_scope_ = r.protocol(fr.scope);
      const auto* models = dynamic_cast<const ModelSource*>(&r);
      const Protocol* sp = models ? models->model(fr.scope) : nullptr;
      if (sp) fragment_scope_fixed_ = static_cast<std::size_t>(sp->fixed_size);
      for (const std::string& k : fr.scope_key) {
        KeyPiece piece;
        piece.name = k.c_str();
        piece.scope = true;
        if (sp) {
          // Copied: the scope's model may be replaced (and freed) by a later load.
          for (const Field* f : sp->leaves())
            if (f->name == k) {
              piece.f = &scope_fields_.emplace_back(*f);
              piece.en = enum_ref(f->enum_name, r);
              for (const auto& [name, values] : sp->enums)   // the scope's own inline enums
                if (name == f->enum_name) piece.en = EnumRef{nullptr, &scope_enums_.emplace_back(values)};
            }
        }
        key_.push_back(piece);
      }
    }
  }
  seen_ = std::make_unique<std::atomic<std::uint8_t>[]>(key_.size());
  // stream:
  if (P.stream) {
    const Stream& st = *P.stream;
    for (const Expr* e : {st.syn ? &*st.syn : nullptr, st.fin ? &*st.fin : nullptr, st.reset ? &*st.reset : nullptr})
      if (e) bind(*e);
    const auto* models = dynamic_cast<const ModelSource*>(&r);
    for (const std::string& name : st.scopes) {
      Scope sc;
      sc.id = r.protocol(name);
      if (const Protocol* sp = models ? models->model(name) : nullptr) {
        sc.fixed = static_cast<std::size_t>(sp->fixed_size);
        for (const Field* f : sp->leaves())
          if (f->name == st.scope_src && is_addr(f->kind)) {
            sc.known = true;
            sc.kind = addr_kind(f->kind);
            sc.size = addr_size(f->kind);
          }
      }
      scopes_.push_back(sc);
      scope_ids_.push_back(sc.id);
    }
    auto leaf = [&](const std::string& n) {
      auto it = leaf_by_name_.find(n);
      return it == leaf_by_name_.end() ? -1 : it->second;
    };
    stream_src_ = leaf(st.src);
    stream_dst_ = leaf(st.dst);
    stream_seq_ = leaf(st.seq);
    binding_.scopes = std::span<const ProtocolId>(scope_ids_.data(), scope_ids_.size());
    binding_.has_table = !st.next_table.empty();
    binding_.table = st.next_table.empty() ? r.table("linktype") : r.table(st.next_table);
    binding_.heuristic = st.heuristic.empty() ? HeuristicId::none : r.heuristic(st.heuristic);
  }
  // message:
  if (P.message) {
    auto cstr = [](const std::string& s) { return s.empty() ? nullptr : s.c_str(); };
    auto list = [&](const std::vector<std::string>& v) -> const char* const* {
      if (v.empty()) return nullptr;
      std::vector<const char*>& out = lists_.emplace_back();
      for (const std::string& s : v) out.push_back(s.c_str());
      return out.data();
    };
    for (const spec::StartRule& rule : *P.message) {
      std::vector<TokenRule>& tokens = tokens_.emplace_back();
      for (const Token& t : rule.tokens)
        tokens.push_back(TokenRule{t.name.c_str(), list(t.one_of), static_cast<std::uint8_t>(t.one_of.size()),
                                   cstr(t.prefix), static_cast<std::uint8_t>(t.digits), t.rest, t.optional});
      start_.push_back(jspcap::StartRule{rule.receipt.c_str(), tokens.data(), static_cast<std::uint8_t>(tokens.size()),
                                         own(rule.receipt + "_field")});
    }
    for (const spec::BodyRule& b : P.message_body) {
      BodyLength length = BodyLength::close;
      if (b.length == "none") length = BodyLength::none;
      else if (b.length == "header") length = BodyLength::header;
      else if (b.length == "chunked") length = BodyLength::chunked;
      else if (b.length == "tunnel") length = BodyLength::tunnel;
      body_.push_back(jspcap::BodyRule{cstr(b.receipt), cstr(b.token), list(b.prefix),
                                       static_cast<std::uint8_t>(b.prefix.size()), cstr(b.answers),
                                       b.answers.empty() ? nullptr : list(b.answers_one_of),
                                       static_cast<std::uint8_t>(b.answers_one_of.size()), cstr(b.header),
                                       cstr(b.last), length, b.interim});
    }
    if (body_.empty())
      body_.push_back(jspcap::BodyRule{nullptr, nullptr, nullptr, 0, nullptr, nullptr, 0, nullptr, nullptr,
                                       BodyLength::close, false});
  }
}

void Interpreter::add_leaves(const std::vector<Field>& fs) {
  for (const Field& f : fs) {
    if (f.kind == Kind::structure) {
      add_leaves(f.children);
      continue;
    }
    Leaf l;
    l.f = &f;
    l.bit = f.kind == Kind::uint && f.declared_bits;
    leaves_.push_back(l);
  }
}

EnumRef Interpreter::enum_ref(const std::string& name, const Resolver& r) const {
  if (name.empty()) return {};
  for (const auto& [n, values] : p_->enums)
    if (n == name) return EnumRef{nullptr, &values};
  return r.enum_table(name);
}

int Interpreter::type_index(const std::string& name, const Resolver& r) {
  for (std::size_t i = 0; i < types_.size(); ++i)
    if (types_[i].t->name == name) return static_cast<int>(i);
  for (const auto& [n, t] : p_->types) {
    if (n != name) continue;
    Type ty;
    ty.t = t.get();
    ty.one_byte = t->one_byte;
    ty.end = t->end;
    ty.kind_enum = enum_ref(t->kind_enum, r);
    for (const auto& [kind, fields] : t->cases) ty.cases.emplace_back(kind, fields.get());
    std::stable_sort(ty.cases.begin(), ty.cases.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    types_.push_back(std::move(ty));
    Type& back = types_.back();
    // The vectors were moved with their buffers; point the format at them now.
    back.format = TlvFormat{static_cast<std::uint8_t>(t->kind_bytes), static_cast<std::uint8_t>(t->length_bytes),
                            t->counts_header, static_cast<std::uint8_t>(t->align),
                            back.one_byte.empty() ? nullptr : back.one_byte.data(),
                            static_cast<std::uint8_t>(back.one_byte.size()),
                            back.end.empty() ? nullptr : back.end.data(), static_cast<std::uint8_t>(back.end.size()),
                            static_cast<std::uint8_t>(t->unit), static_cast<std::uint8_t>(t->kind_at),
                            static_cast<std::uint8_t>(t->length_at), t->length_mask,
                            static_cast<std::uint8_t>(t->length_shift), static_cast<std::uint8_t>(t->head)};
    return static_cast<int>(types_.size() - 1);
  }
  return -1;
}

void Interpreter::add_extras(const std::vector<Field>& fs, const Resolver& r) {
  for (const Field& f : fs) {
    if (extras_.count(&f)) continue;
    Extra x;
    x.en = enum_ref(f.enum_name, r);
    if (!f.list_type.empty()) {
      x.list = type_index(f.list_type, r);
      x.aux = own(f.name + "_padding");
    }
    if (f.switch_type) {
      for (std::size_t i = 0; i < types_.size(); ++i)
        if (types_[i].t == f.switch_type.get()) x.sw = static_cast<int>(i);
      if (x.sw < 0) {
        Type ty;
        ty.t = f.switch_type.get();
        for (const auto& [kind, fields] : f.switch_type->cases) ty.cases.emplace_back(kind, fields.get());
        std::stable_sort(ty.cases.begin(), ty.cases.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        types_.push_back(std::move(ty));
        x.sw = static_cast<int>(types_.size() - 1);
        // Its cases' fields need extras too (below, once this one is in).
      }
    }
    if (f.repeat_count) x.aux = own("malformed: the count of " + f.name + " runs past the data");
    extras_.emplace(&f, x);
    add_extras(f.children, r);
    if (f.switch_type) {
      for (const auto& [kind, fields] : f.switch_type->cases) add_extras(*fields, r);
      if (f.switch_type->default_fields) add_extras(*f.switch_type->default_fields, r);
    }
  }
}

void Interpreter::bind(const Expr& e) {
  if (e.kind == Expr::Kind::name || e.kind == Expr::Kind::attr) {
    Ref ref;
    if (e.kind == Expr::Kind::name && e.name == "parent_len") {
      ref.leaf = -1;
    } else if (auto it = leaf_by_name_.find(e.name); it != leaf_by_name_.end()) {
      ref.leaf = it->second;
      if (e.kind == Expr::Kind::attr) {
        ref.attr = true;
        for (const auto& [flag, mask] : leaves_[static_cast<std::size_t>(it->second)].f->flags)
          if (flag == e.attr) ref.mask = mask;
      }
    }
    refs_[&e] = ref;
    // The loader resolves names to leaves too (Expr::slot); where it agrees everywhere, the
    // packet path reads the slot instead of looking the node up.
    if (e.kind == Expr::Kind::name && e.slot != ref.leaf) slots_agree_ = false;
    return;
  }
  for (const Expr& k : e.kids) bind(k);
}

void Interpreter::bind_case(const Expr& e, const std::vector<Field>& fields) {
  if (e.kind == Expr::Kind::name || e.kind == Expr::Kind::attr) {
    const Field* target = nullptr;
    // The earlier integer fields of the case, bit-group members included (layout.py layout_case).
    for (const Field& f : fields)
      if (f.name == e.name) target = &f;
    case_refs_[&e] = target;
    return;
  }
  for (const Expr& k : e.kids) bind_case(k, fields);
}

const Interpreter::Extra& Interpreter::extra(const Field& f) const noexcept {
  static const Extra kNone{};
  auto it = extras_.find(&f);
  return it == extras_.end() ? kNone : it->second;
}

const char* Interpreter::shorter(std::int64_t need) const noexcept {
  for (const auto& [n, text] : shorter_)
    if (n == need) return text;
  return "malformed: the data is shorter than this case needs";
}

// ---- Values and offsets ---------------------------------------------------------------------

std::uint64_t Interpreter::value(const Ctx& c, int i) const noexcept {
  const Leaf& l = leaves_[static_cast<std::size_t>(i)];
  const Field& f = *l.f;
  if (f.kind != Kind::uint) return 0;
  const std::int64_t at = c.off[i];
  const auto width = static_cast<std::int64_t>(f.group_bytes);
  // Never read outside the bytes given (the generated accessors are only called on bytes
  // dissect() checked; a value out of them is 0 here).
  if (at < 0 || at + width > static_cast<std::int64_t>(c.n)) return 0;
  std::uint64_t raw = load_order(c.p + at, static_cast<std::size_t>(width), f.byte_order);
  if (l.bit) {
    raw = (raw >> f.shift) & low_mask(f.bits);
    if (f.fmt == Format::boolean) return raw != 0;
  }
  return raw * static_cast<std::uint64_t>(f.scale);
}

std::int64_t Interpreter::eval_in(const Ctx& c, const Expr& e) const noexcept {
  return eval(e, [&](const Expr& node) -> std::int64_t {
    if (node.kind == Expr::Kind::name && slots_agree_) {
      if (node.slot == -1) return c.parent_len;
      return node.slot < 0 ? 0 : static_cast<std::int64_t>(value(c, node.slot));
    }
    auto it = refs_.find(&node);
    if (it == refs_.end() || it->second.leaf < -1) return 0;
    const Ref& ref = it->second;
    if (ref.leaf == -1) return c.parent_len;
    const std::uint64_t v = value(c, ref.leaf);
    return ref.attr ? std::int64_t{(v & ref.mask) != 0} : static_cast<std::int64_t>(v);
  });
}

void Interpreter::layout(Ctx& c) const noexcept {
  std::int64_t at = 0;
  for (std::size_t i = 0; i < leaves_.size(); ++i) {
    const Leaf& l = leaves_[i];
    const Field& f = *l.f;
    c.off[i] = at;
    if (l.bit) {
      c.present[i] = true;
      c.size[i] = l.size;
      if (l.group_last) at += l.size;
      continue;
    }
    const bool present = !f.cond || eval_in(c, *f.cond) != 0;
    std::int64_t size = 0;
    if (l.size_const) size = l.size;
    else if (l.rest) size = static_cast<std::int64_t>(c.n) - at;
    else if (f.size) size = eval_in(c, *f.size);
    c.present[i] = present;
    c.size[i] = size;
    if (present) at = static_cast<std::int64_t>(static_cast<std::uint64_t>(at) + static_cast<std::uint64_t>(size));
  }
  c.off[leaves_.size()] = at;
}

bool Interpreter::fits(const Ctx& c, int i) const noexcept {
  const Leaf& l = leaves_[static_cast<std::size_t>(i)];
  const auto n = static_cast<std::int64_t>(c.n);
  if (l.rest) return n >= c.off[i];
  // A size that cannot be negative by its form is not tested in the generated code; testing it
  // anyway only matters on overflow, where the span would reach outside the bytes.
  return c.size[i] >= 0 && n >= c.off[i] + c.size[i];
}

// ---- dissect --------------------------------------------------------------------------------

Issue Interpreter::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                           bool partial) const noexcept {
  if (cap < static_cast<std::size_t>(fixed_)) return detail::short_header(fixed_, cap, wire, partial);
  const Protocol& P = *p_;
  Ctx c;
  c.p = p;
  c.n = cap;
  c.parent_len = static_cast<std::int64_t>(wire);
  layout(c);
  const auto n = static_cast<std::int64_t>(cap);
  for (std::size_t i = 0; i < leaves_.size(); ++i) {
    const Leaf& l = leaves_[i];
    const Field& f = *l.f;
    if (f.cond && !c.present[i]) continue;
    if (l.dynamic && !l.rest) {
      if (l.may_neg && c.size[i] < 0)
        return Issue{Status::malformed, Reason::negative_size, f.name.c_str(), c.size[i], 0};
      const std::int64_t end = c.off[i] + c.size[i];
      if (n < end) return detail::short_header(end, cap, wire, partial);
    }
    if (l.checks.empty()) continue;
    const auto v = static_cast<std::int64_t>(value(c, static_cast<int>(i)));
    for (const Check& k : l.checks) {
      bool bad = false;
      switch (k.reason) {
        case Reason::bad_value: bad = v != k.limit; break;
        case Reason::below_min: bad = v < k.limit; break;
        case Reason::above_max: bad = v > k.limit; break;
        default: bad = std::find(k.in->begin(), k.in->end(), v) == k.in->end(); break;
      }
      if (bad) return Issue{Status::malformed, k.reason, f.name.c_str(), v, k.limit};
    }
  }
  const std::int64_t parent_len = c.parent_len;
  std::int64_t total = P.total_size ? eval_in(c, *P.total_size) : parent_len;
  const std::int64_t fields_end = c.off[leaves_.size()];
  std::int64_t header = 0;
  if (P.header_rest) {
    header = total < n ? total : n;
  } else if (P.header_size) {
    header = eval_in(c, *P.header_size);
    if (!P.transparent && header < fields_end)
      return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, fields_end, header};
  } else if (rest_leaf_ >= 0) {
    // `bytes: rest` ends where the protocol says the layer ends, bounded by the parent.
    const std::int64_t limit = total < parent_len ? total : parent_len;
    const std::int64_t at = c.off[rest_leaf_];
    header = at + (c.present[rest_leaf_] ? std::max<std::int64_t>(0, limit - at) : 0);
  } else {
    header = fields_end;
  }
  if (header > n) return detail::short_header(header, cap, wire, partial);
  if (total < header) return Issue{Status::malformed, Reason::header_exceeds_total, nullptr, header, total};
  Issue issue{};
  if (total > parent_len) {
    if (!partial) issue = Issue{Status::length_exceeds_parent, Reason::total_exceeds_parent, nullptr, total, parent_len};
    total = parent_len;
  }
  out.header_len = static_cast<std::size_t>(header);
  out.wire_len = static_cast<std::uint64_t>(total);
  out.cap_len = static_cast<std::size_t>(total) < cap ? static_cast<std::size_t>(total) : cap;
  for (const NextEntry& e : next_) {
    const Next& nx = *e.n;
    if (nx.when && !eval_in(c, *nx.when)) continue;
    if (nx.partial) out.next_partial = eval_in(c, *nx.partial) != 0;
    if (!nx.heuristic.empty()) {
      out.next = detect(e.heuristic, p + header, out.cap_len - out.header_len);
    } else if (!nx.protocol.empty()) {
      out.next = e.protocol;
    } else {
      out.next_table = nx.table.c_str();
      if (nx.keys.size() == 1) {
        out.next_key = static_cast<std::uint64_t>(eval_in(c, nx.keys[0]));
        out.next = lookup(e.table, out.next_key);
      } else {
        // Several keys (ports): like tshark, try the lowest value first
        // (detail::lookup_lowest_first over a run-time list).
        ProtocolId best = ProtocolId::none;
        std::uint64_t best_key = ~std::uint64_t{0}, first = 0;
        for (std::size_t k = 0; k < nx.keys.size(); ++k) {
          const auto key = static_cast<std::uint64_t>(eval_in(c, nx.keys[k]));
          if (k == 0) first = key;
          if (key < best_key) {
            const ProtocolId id = lookup(e.table, key);
            if (id != ProtocolId::none) {
              best = id;
              best_key = key;
            }
          }
        }
        out.next_key = best == ProtocolId::none ? first : best_key;
        out.next = best;
      }
    }
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

// ---- visit ----------------------------------------------------------------------------------

void Interpreter::visit(const std::uint8_t* p, std::size_t n, AnySink& s) const {
  if (!start_.empty()) {
    visit_text_message(s, Bytes{p, n}, start_.data(), start_.size());
    return;
  }
  Ctx c;
  c.p = p;
  c.n = n;
  c.parent_len = 0;
  layout(c);
  int leaf = 0;
  walk(c, s, p_->fields, 0, leaf);
}

bool Interpreter::walk(const Ctx& c, AnySink& s, const std::vector<Field>& fs, int depth, int& leaf) const {
  auto close = [&] {
    for (int d = 0; d < depth; ++d) s.end();
  };
  for (const Field& f : fs) {
    if (f.kind == Kind::structure) {
      // Guarded by its first leaf, which is the next leaf in wire order.
      const Field* first = first_leaf(f);
      int at = leaf;
      if (first->kind == Kind::structure) at = -1;  // an empty struct: nothing to test
      if (at >= 0 && at < static_cast<int>(leaves_.size()) && !fits(c, at)) {
        close();
        return false;
      }
      s.begin(f.name);
      if (!walk(c, s, f.children, depth + 1, leaf)) return false;
      s.end();
      continue;
    }
    const int i = leaf++;
    if (f.hidden) continue;
    if (f.cond && !c.present[i]) continue;
    if (!fits(c, i)) {
      const Extra& x = leaves_[static_cast<std::size_t>(i)].x;
      const std::int64_t at = c.off[i];
      if (x.sw >= 0 && !f.size_rest && static_cast<std::int64_t>(c.n) > at) {
        // Cut short by the capture: the cases still show what was captured.
        TlvItem e;
        e.kind = static_cast<std::uint32_t>(eval_in(c, *f.switch_expr));
        e.value = Bytes{c.p + at, c.n - static_cast<std::size_t>(at)};
        e.malformed = true;
        s.begin(f.name);
        visit_element(s, e, types_[static_cast<std::size_t>(x.sw)]);
        s.end();
      }
      close();
      return false;
    }
    value_line(c, s, i);
  }
  return true;
}

void Interpreter::value_line(const Ctx& c, AnySink& s, int i) const {
  const Leaf& l = leaves_[static_cast<std::size_t>(i)];
  const Field& f = *l.f;
  const Extra& x = l.x;
  const std::int64_t at = c.off[i];
  const Bytes span{c.p + at, f.kind == Kind::bytes ? static_cast<std::size_t>(c.size[i]) : 0};
  if (x.list >= 0) {
    tlv_list(s, f, span);
  } else if (x.sw >= 0) {
    TlvItem e;
    e.kind = static_cast<std::uint32_t>(eval_in(c, *f.switch_expr));
    e.value = span;
    s.begin(f.name);
    visit_element(s, e, types_[static_cast<std::size_t>(x.sw)]);
    s.end();
  } else if (is_addr(f.kind)) {
    s.address(f.name, addr_kind(f.kind), Bytes{c.p + at, addr_size(f.kind)});
  } else if (f.kind == Kind::bytes) {
    switch (f.show_as) {
      case ShowAs::text: s.text(f.name, span); break;
      case ShowAs::hwaddr: s.address(f.name, AddrKind::hw, span); break;
      case ShowAs::ipaddr: s.address(f.name, AddrKind::ip, span); break;
      case ShowAs::none: s.bytes(f.name, span); break;
    }
  } else {
    scalar(s, f, f.name, value(c, i), x.en);
  }
}

void Interpreter::tlv_list(AnySink& s, const Field& f, Bytes span) const {
  const Extra& x = extra(f);
  const Type& t = types_[static_cast<std::size_t>(x.list)];
  TlvIterator it(span, t.format);
  s.begin_list(f.name);
  for (; !it.done(); it.next()) {
    s.begin("");
    visit_element(s, it.item(), t);
    s.end();
  }
  s.end_list();
  if (!it.padding().empty()) s.bytes(x.aux, it.padding());
}

void Interpreter::visit_element(AnySink& s, const TlvItem& e, const Type& ty) const {
  const TlvType& t = *ty.t;
  if (!t.header.empty()) {
    if (e.malformed) {
      s.bytes("data", e.whole);
      s.string("error", kRunsPast);
      return;
    }
    const std::uint8_t* h = e.whole.data();
    for (const Field& f : t.header)
      if (!f.hidden) case_field(s, f, h, f.name, e, 0, f.static_offset.value_or(0));
  } else if (!t.switch_) {
    s.enumerated("kind", e.kind, ty.kind_enum ? ty.kind_enum.name(e.kind) : nullptr, false,
                 static_cast<unsigned>(t.kind_bytes));
    if (e.malformed) {
      s.bytes("data", e.whole);
      s.string("error", kRunsPast);
      return;
    }
    if (e.has_length) s.uint("length", e.length);
  }
  const auto kind = static_cast<std::int64_t>(e.kind);
  auto it = std::lower_bound(ty.cases.begin(), ty.cases.end(), kind,
                             [](const auto& c, std::int64_t k) { return c.first < k; });
  if (it != ty.cases.end() && it->first == kind) {
    auto need = t.case_sizes.find(kind);
    case_body(s, e, *it->second, need == t.case_sizes.end() ? 0 : need->second);
    return;
  }
  if (t.default_fields) {
    case_body(s, e, *t.default_fields, t.default_size);
    return;
  }
  if (!e.value.empty()) s.bytes("data", e.value);
}

void Interpreter::case_body(AnySink& s, const TlvItem& e, const std::vector<Field>& fields, std::int64_t need) const {
  const std::uint8_t* q = e.value.data();
  const std::size_t m = e.value.size();
  if (need && static_cast<std::int64_t>(m) < need) {
    s.bytes("data", e.value);
    s.string("error", shorter(need));
    return;
  }
  std::size_t tail = 0;
  for (const Field& f : fields) {
    const bool repeated = f.repeat_to_end || f.repeat_count;
    if (f.hidden && !repeated) continue;
    const auto step = static_cast<std::size_t>(f.elem_size);
    const auto start = static_cast<std::size_t>(f.static_offset.value_or(0));
    if (f.repeat_to_end) {
      s.begin_list(f.name);
      if (step)
        for (std::size_t o = start; o + step <= m; o += step) case_field(s, f, q + o, "", e, tail, 0);
      s.end_list();
    } else if (f.repeat_count) {
      tail = start;
      const std::int64_t count = eval(*f.repeat_count, [&](const Expr& node) -> std::int64_t {
        auto it = case_refs_.find(&node);
        if (it == case_refs_.end() || !it->second) return 0;
        const Field& g = *it->second;
        return static_cast<std::int64_t>(case_read(g, q, g.static_offset.value_or(0)));
      });
      s.begin_list(f.name);
      std::int64_t i = 0;
      for (; i < count && tail + step <= m && step; ++i, tail += step) case_field(s, f, q + tail, "", e, tail, 0);
      s.end_list();
      if (i < count) {
        s.string("error", extra(f).aux);
        return;
      }
    } else {
      case_field(s, f, q, f.name, e, tail, f.static_offset.value_or(0));
    }
  }
}

void Interpreter::case_field(AnySink& s, const Field& f, const std::uint8_t* base, std::string_view key,
                             const TlvItem& e, std::size_t tail, std::int64_t at) const {
  if (f.kind == Kind::uint) {
    scalar(s, f, key, case_read(f, base, at), extra(f).en);
    return;
  }
  if (is_addr(f.kind)) {
    s.address(key, addr_kind(f.kind), Bytes{base + at, addr_size(f.kind)});
    return;
  }
  if (f.kind == Kind::structure) {
    // Members are read at their offsets in the struct from `base` (render.py
    // _case_field_lines), which is the element for a repeated struct.
    s.begin(key);
    for (const Field& m : f.children)
      if (!m.hidden) case_field(s, m, base, m.name, e, tail, m.static_offset.value_or(0));
    s.end();
    return;
  }
  Bytes span;
  if (f.size_rest) {
    const std::size_t from = f.after_count ? tail : static_cast<std::size_t>(at);
    span = from <= e.value.size() ? e.value.subspan(from) : Bytes{};
  } else {
    span = Bytes{base + at, static_cast<std::size_t>(f.const_size.value_or(0))};
  }
  const Extra& x = extra(f);
  if (x.list >= 0) {
    tlv_list(s, f, span);
    return;
  }
  switch (f.show_as) {
    case ShowAs::text: s.text(key, span); break;
    case ShowAs::hwaddr: s.address(key, AddrKind::hw, span); break;
    case ShowAs::ipaddr: s.address(key, AddrKind::ip, span); break;
    case ShowAs::none: s.bytes(key, span); break;
  }
}

// ---- fragment, stream, message --------------------------------------------------------------

bool Interpreter::fragments(ProtocolId& scope) const noexcept {
  scope = p_->fragment ? fragment_scope_ : ProtocolId::none;
  return p_->fragment.has_value();
}

bool Interpreter::fragment(Bytes layer, Bytes scope, FragmentInfo& out) const noexcept {
  if (!p_->fragment) return false;
  const Fragment& fr = *p_->fragment;
  Ctx c;
  c.p = layer.data();
  c.n = layer.size();
  c.parent_len = 0;
  layout(c);
  const std::int64_t offset = fr.offset ? eval_in(c, *fr.offset) : 0;
  const std::int64_t more = fr.more ? eval_in(c, *fr.more) : 0;
  if (!(offset != 0 || more != 0)) return false;  // a whole datagram
  out.key_len = 0;
  for (std::size_t piece = 0; piece < key_.size(); ++piece) {
    const KeyPiece& k = key_[piece];
    if (!k.scope) {
      if (!k.f) return false;
      const int i = leaf_by_name_.at(k.f->name);
      if (is_addr(k.f->kind)) {
        const std::int64_t at = c.off[i];
        if (at < 0 || at + c.size[i] > static_cast<std::int64_t>(c.n)) return false;
        if (!out.add(c.p + at, addr_size(k.f->kind))) return false;
      } else if (!out.add_uint(value(c, i))) {
        return false;
      }
      continue;
    }
    Bytes raw;
    std::uint64_t v = 0;
    if (scope.size() < fragment_scope_fixed_) return false;
    if (!read_layer_field(fragment_scope_, k.name, scope, raw, v)) return false;
    const bool addr = k.f ? is_addr(k.f->kind) : (raw.size() == 4 || raw.size() == 6 || raw.size() == 16);
    if (addr ? !out.add(raw.data(), raw.size()) : !out.add_uint(v)) return false;
    if (!k.f) seen_[piece].store(static_cast<std::uint8_t>(addr ? raw.size() : 8), std::memory_order_relaxed);
  }
  out.offset = static_cast<std::uint64_t>(offset);
  out.more = more != 0;
  out.next_table = fragment_table_;
  out.next_key = fr.next_key ? static_cast<std::uint64_t>(eval_in(c, *fr.next_key)) : 0;
  out.overlap = fr.overlap == Overlap::last ? OverlapPolicy::last
                : fr.overlap == Overlap::drop ? OverlapPolicy::drop
                                              : OverlapPolicy::first;
  return true;
}

void Interpreter::visit_fragment_key(const std::uint8_t* key, std::size_t n, AnySink& s) const {
  // Pieces of unknown kind (a scope without a model) share what the known ones leave.
  std::size_t known = 0, unknown = 0;
  for (const KeyPiece& k : key_) {
    if (!k.f) ++unknown;
    else known += is_addr(k.f->kind) ? addr_size(k.f->kind) : 8;
  }
  const std::size_t share = unknown && n > known ? (n - known) / unknown : 8;
  std::size_t at = 0;
  for (std::size_t piece = 0; piece < key_.size(); ++piece) {
    const KeyPiece& k = key_[piece];
    if (!k.f) {
      const std::size_t seen = seen_[piece].load(std::memory_order_relaxed);
      const std::size_t guess = seen ? seen : share;
      if (n < at + guess) return;
      if (guess == 4 || guess == 6 || guess == 16)
        s.address(k.name, guess == 4 ? AddrKind::ipv4 : guess == 6 ? AddrKind::mac : AddrKind::ipv6,
                  Bytes{key + at, guess});
      else if (guess == 8)
        s.uint(k.name, load_be64(key + at));
      at += guess;
      continue;
    }
    const std::size_t size = is_addr(k.f->kind) ? addr_size(k.f->kind) : 8;
    if (n < at + size) return;
    if (is_addr(k.f->kind)) s.address(k.name, addr_kind(k.f->kind), Bytes{key + at, size});
    else scalar(s, *k.f, k.name, load_be64(key + at), k.en);
    at += size;
  }
}

bool Interpreter::streams(StreamBinding& out) const noexcept {
  if (!p_->stream) return false;
  out = binding_;
  return true;
}

bool Interpreter::stream(Bytes layer, ProtocolId scope_id, Bytes scope, StreamInfo& out) const noexcept {
  if (!p_->stream) return false;
  const Stream& st = *p_->stream;
  const Scope* sc = nullptr;
  for (const Scope& x : scopes_)
    if (x.id == scope_id && scope_id != ProtocolId::none) {
      sc = &x;
      break;
    }
  if (!sc || scope.size() < sc->fixed) return false;
  Bytes src, dst;
  std::uint64_t ignored = 0;
  if (!read_layer_field(scope_id, st.scope_src, scope, src, ignored)) return false;
  if (!read_layer_field(scope_id, st.scope_dst, scope, dst, ignored)) return false;
  std::size_t size = std::min(src.size(), dst.size());
  AddrKind kind = AddrKind::ip;
  if (sc->known) {
    kind = sc->kind;
    if (size < sc->size) return false;
    size = sc->size;
  } else {
    kind = size == 4 ? AddrKind::ipv4 : size == 16 ? AddrKind::ipv6 : size == 6 ? AddrKind::mac : AddrKind::hw;
  }
  out.set_ends(kind, src.data(), dst.data(), size);
  Ctx c;
  c.p = layer.data();
  c.n = layer.size();
  c.parent_len = 0;
  layout(c);
  out.src.port = stream_src_ >= 0 ? value(c, stream_src_) : 0;
  out.dst.port = stream_dst_ >= 0 ? value(c, stream_dst_) : 0;
  out.seq = stream_seq_ >= 0 ? value(c, stream_seq_) : 0;
  out.seq_bits = static_cast<std::uint8_t>(st.seq_bits);
  out.syn = st.syn && eval_in(c, *st.syn) != 0;
  out.fin = st.fin && eval_in(c, *st.fin) != 0;
  out.reset = st.reset && eval_in(c, *st.reset) != 0;
  return true;
}

bool Interpreter::message_rules(MessageRules& out) const noexcept {
  if (start_.empty()) return false;
  out = MessageRules{start_.data(), start_.size(), body_.data(), body_.size()};
  return true;
}

bool Interpreter::probe(const std::uint8_t* p, std::size_t n) const noexcept {
  if (start_.empty()) return false;
  TextStart start;
  return match_start(Bytes{p, n}, start_.data(), start_.size(), start);
}

bool Interpreter::read_field(std::string_view name, Bytes layer, Bytes& raw, std::uint64_t& value_out) const noexcept {
  int i = -1;
  for (std::size_t k = 0; k < leaves_.size(); ++k)
    if (leaves_[k].f->name == name) i = static_cast<int>(k);
  if (i < 0) return false;
  const Field& f = *leaves_[static_cast<std::size_t>(i)].f;
  if (f.kind != Kind::uint && !is_addr(f.kind)) return false;
  Ctx c;
  c.p = layer.data();
  c.n = layer.size();
  c.parent_len = 0;
  layout(c);
  const std::int64_t at = c.off[i];
  const std::int64_t size = f.kind == Kind::uint ? f.group_bytes : c.size[i];
  if (at < 0 || size < 0 || at + size > static_cast<std::int64_t>(c.n)) return false;
  raw = Bytes{c.p + at, static_cast<std::size_t>(size)};
  value_out = value(c, i);
  return true;
}

}  // namespace

std::unique_ptr<RuntimeProtocol> make_interpreted(std::shared_ptr<const Protocol> p, ProtocolId /*id*/,
                                                  const Resolver& r) {
  // The id is the registry's business: nothing the interpreter does depends on it.
  return std::make_unique<Interpreter>(std::move(p), r);
}

}  // namespace jspcap::spec
