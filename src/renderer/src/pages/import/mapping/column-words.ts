import type { CellCheck } from './column-cells';
import type { NamedField } from './mapping-fields';

/**
 * The header words that name each field, in the languages statements reach a label in: English,
 * French, German, Spanish, Italian, Portuguese, Dutch and Japanese, in that order on each line.
 * Written as people print them; accents and case are folded before a name is compared, so
 * "Période", "PERIODE" and "periode" are one word. German and Dutch compounds ("Nettobetrag")
 * are single words and listed whole, except where a pair forms them ("Verkaufs" + "monat").
 * Japanese does not space its words, so a Japanese word is found inside a longer one ("アーティスト名").
 */

/**
 * One clue: a name gives the field `score` when it is one of `whole`, holds a word or phrase of
 * `holds`, or holds a word of each `pair` side next to each other, in either order, as one
 * compound or parted by small words only ("Sales Period", "mois de vente", "Verkaufsmonat");
 * with `cells`, only when the column's cells show it too.
 */
export interface Clue {
  score: number;
  whole?: readonly string[];
  holds?: readonly string[];
  pair?: readonly [readonly string[], readonly string[]];
  cells?: CellCheck;
}

/** A field's clues, likeliest first (the first one a name matches is its score), and the words that rule a name out. */
export interface FieldWords {
  clues: readonly Clue[];
  unless?: readonly string[];
}

/** Words that may stand between a pair's two words: "Date of Sale", "Titre de l'album", "Titel des Albums". */
export const PAIR_GLUE = [
  'of', 'the', 'de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'der', 'die', 'den', 'del', 'di', 'della', 'dell', 'dello',
  'dei', 'degli', 'da', 'do', 'dos', 'das', 'van', 'het',
] as const;

/** Periods, months and dates. */
const TIME = [
  'period', 'month', 'date',
  'période', 'mois',
  'zeitraum', 'monat', 'datum',
  'periodo', 'mes', 'fecha',
  'mese', 'data',
  'período', 'mês',
  'maand',
  '期間', '月', '日', '日付', '年月',
];

/** What was sold, used or transacted, as a sale period's name qualifies its time word. */
const SOLD = [
  'sale', 'sales', 'activity', 'usage', 'transaction',
  'vente', 'ventes', 'utilisation',
  'verkauf', 'verkaufs', 'nutzung', 'nutzungs', 'transaktion', 'transaktions',
  'venta', 'ventas', 'uso', 'transacción',
  'vendita', 'vendite', 'utilizzo', 'transazione',
  'venda', 'vendas', 'transação',
  'verkoop', 'gebruik', 'transactie',
  '販売', '売上', '利用', '取引',
];

/** Sales, in the languages that print the word for a count of units sold: "Ventes", "Verkäufe", "Vendite". */
const SALES_COUNTED = ['ventes', 'verkäufe', 'ventas', 'vendite', 'vendas', 'verkopen'];

/** What was sold or transacted, as a sale type's name qualifies its kind word: "Sales Type", "Trans Type", "Nutzungsart". */
const SALE_KIND_OF = [
  ...SOLD, 'trans', 'delivery',
  'verkoops',
  '配信',
];

/** A kind: "Type", "Verkaufsart", "Tipo", "Soort", "種別". */
const KIND = [
  'type', 'kind',
  'art',
  'tipo',
  'soort',
  '種別', '区分', '形態', '種類', 'タイプ',
];

/** What a statement, report or booking is called, as a reporting date's name qualifies its time word. */
const REPORTED = [
  'report', 'statement', 'posted', 'accounting',
  'rapport', 'relevé', 'déclaration', 'décompte', 'comptable',
  'bericht', 'berichts', 'abrechnung', 'abrechnungs', 'buchung', 'buchungs',
  'informe', 'reporte', 'liquidación', 'extracto', 'contable',
  'rendiconto', 'rendicontazione', 'estratto', 'contabile',
  'relatório', 'extrato', 'contábil',
  'rapportage', 'afrekening', 'afschrift', 'boeking',
  '報告', '精算', '計上', '支払', 'レポート', '明細',
];

/** A title or a name, as a track's or release's name is printed: "Track Title", "Nom de l'album", "曲名". */
const TITLE_OR_NAME = [
  'title', 'name',
  'titre', 'nom',
  'titel',
  'título', 'nombre',
  'titolo', 'nome',
  'naam',
  '名', 'タイトル',
];

/** A recording. German's "Titel" is one too, so "Titelname" is the track's name. */
const TRACK = [
  'track', 'song',
  'morceau', 'piste', 'chanson',
  'titel',
  'canción', 'pista',
  'brano', 'canzone', 'traccia',
  'faixa', 'música',
  '曲', '楽曲', 'トラック',
];

/** A release or a product. */
const RELEASE = [
  'release', 'album', 'albums', 'product',
  'sortie', 'produit',
  'veröffentlichung', 'produkt',
  'lanzamiento', 'publicación', 'producto',
  'uscita', 'pubblicazione', 'prodotto',
  'lançamento', 'produto',
  'uitgave',
  'アルバム', 'リリース', '商品',
];

/**
 * Names that say which kind, version or number a thing is, not its name: "Release Type", "Type de
 * sortie", "Channel ID", "Song/Album". Such a column is never a title, artist, platform or territory.
 */
const NOT_A_NAME = [
  'type', 'id', 'code', 'version', 'number', 'no', 'nb', 'sku', 'catalog', 'catalogue', 'song album',
  'numéro',
  'typ', 'nummer', 'nr', 'katalog',
  'tipo', 'código', 'versión', 'número', 'catálogo',
  'codice', 'versione', 'catalogo',
  'versão',
  'soort', 'versie', 'catalogus',
  'タイプ', '種別', '種類', '区分', '形態', 'コード', '番号', 'バージョン', 'カタログ',
];

/** Rates, prices, fees, taxes, shares of a total and references: never what was sold nor what was earned. */
const NOT_A_FIGURE = [
  'rate', 'price', 'percentage', 'percent', 'split', 'fee', 'fees', 'tax', 'withheld', 'recoup', 'id', 'sku', 'ref', 'reference',
  'taux', 'prix', 'pourcentage', 'frais', 'commission', 'taxe', 'taxes', 'tva', 'retenue', 'référence', 'unitaire',
  'kurs', 'wechselkurs', 'preis', 'stückpreis', 'einzelpreis', 'prozent', 'gebühr', 'gebühren', 'provision', 'steuer', 'steuern',
  'umsatzsteuer', 'mwst', 'einbehalt', 'einbehalten', 'referenz',
  'tasa', 'cambio', 'precio', 'porcentaje', 'comisión', 'impuesto', 'impuestos', 'iva', 'retención', 'referencia', 'unitario',
  'tasso', 'prezzo', 'percentuale', 'commissione', 'imposta', 'imposte', 'ritenuta', 'riferimento',
  'taxa', 'preço', 'porcentagem', 'percentual', 'comissão', 'imposto', 'impostos', 'retenção', 'unitário',
  'koers', 'wisselkoers', 'tarief', 'prijs', 'kosten', 'provisie', 'belasting', 'btw', 'ingehouden', 'referentie',
  '率', 'レート', '単価', '価格', '手数料', '税額', '消費税', '源泉', '割合', '為替',
];

/**
 * For each field named by a column, the words that give it, likeliest first. A title beats a type,
 * "Song Title" is the track and "Release Title" the release, and what the label earned beats a
 * sales or gross figure: the gross and sales words come first so "Net Sales" and "Montant brut"
 * stay gross, then the earned words, then plain net, revenue and total.
 */
export const FIELD_WORDS: Record<NamedField, FieldWords> = {
  isrc: { clues: [{ score: 10, holds: ['isrc'] }] },
  upc: {
    clues: [{
      score: 10,
      holds: ['upc', 'ean', 'barcode', 'code barre', 'code barres', 'strichcode', 'código de barras', 'codice a barre', 'código de barras', 'streepjescode', 'バーコード'],
      pair: [['jan'], ['code', 'コード']],
    }],
  },
  // A bare "Period" beside a column that dates the sale is the statement's period (The Orchard's EU
  // report: "Period" and "Activity Period"); alone, it is the sale period, which scores it higher.
  reportingDate: { clues: [{ score: 9, pair: [['reporting'], TIME] }, { score: 8, pair: [REPORTED, TIME] }, { score: 5, whole: TIME }] },
  salePeriod: { clues: [{ score: 8, pair: [SOLD, TIME] }, { score: 6, whole: TIME }] },
  territory: {
    clues: [{
      score: 8,
      holds: [
        'territory', 'country', 'region', 'market',
        'pays', 'territoire', 'région', 'marché',
        'land', 'gebiet', 'markt', 'verkaufsland',
        'país', 'territorio', 'región', 'mercado',
        'paese', 'nazione', 'regione', 'mercato',
        'território', 'região',
        'regio',
        '国', '地域', '市場',
      ],
    }],
    unless: NOT_A_NAME,
  },
  platform: {
    clues: [
      {
        score: 8,
        holds: [
          'store', 'platform', 'retailer', 'dsp',
          'boutique', 'plateforme', 'magasin', 'détaillant',
          'plattform', 'händler',
          'tienda', 'plataforma',
          'piattaforma', 'negozio',
          'loja',
          'winkel',
          'ストア', '配信先', 'プラットフォーム', '販売店',
        ],
      },
      {
        score: 6,
        holds: [
          'service', 'partner', 'channel', 'shop',
          'partenaire', 'canal',
          'dienst', 'anbieter', 'kanal',
          'servicio',
          'servizio', 'canale',
          'serviço', 'parceiro',
          'kanaal',
          'サービス', 'チャネル', 'チャンネル',
        ],
      },
    ],
    unless: NOT_A_NAME,
  },
  artist: {
    clues: [{
      score: 8,
      holds: [
        'artist', 'artists',
        'artiste', 'artistes', 'interprète',
        'künstler', 'künstlername', 'interpret',
        'artista', 'artistas', 'intérprete',
        'artisti',
        'artiest', 'artiesten',
        'アーティスト', '歌手',
      ],
    }],
    unless: NOT_A_NAME,
  },
  title: {
    clues: [
      { score: 10, pair: [TRACK, TITLE_OR_NAME] },
      { score: 8, whole: ['title', 'titre', 'titel', 'título', 'titolo', 'タイトル', ...TRACK] },
      { score: 4, holds: ['track', 'song', 'morceau', 'piste', 'chanson', 'canción', 'pista', 'brano', 'canzone', 'traccia', 'faixa', '楽曲', 'トラック'] },
    ],
    unless: NOT_A_NAME,
  },
  releaseTitle: {
    clues: [
      { score: 10, pair: [RELEASE, TITLE_OR_NAME] },
      { score: 8, whole: RELEASE },
      { score: 4, holds: ['release', 'album', 'albums', 'sortie', 'veröffentlichung', 'lanzamiento', 'publicación', 'uscita', 'pubblicazione', 'lançamento', 'uitgave', 'アルバム', 'リリース'] },
    ],
    unless: NOT_A_NAME,
  },
  quantity: {
    clues: [
      {
        score: 8,
        holds: [
          'quantity', 'units', 'unit', 'qty',
          'quantité', 'qté', 'unités',
          'menge', 'anzahl', 'stückzahl', 'stück', 'einheiten',
          'cantidad', 'unidades',
          'quantità', 'qtà', 'unità',
          'quantidade', 'qtd', 'qtde',
          'aantal', 'eenheden', 'stuks',
          '数量', '販売数', '個数', '枚数',
        ],
      },
      {
        score: 6,
        holds: [
          'streams', 'plays', 'downloads', 'count',
          'écoutes', 'lectures', 'téléchargements',
          'abrufe', 'wiedergaben',
          'reproducciones', 'escuchas', 'descargas',
          'ascolti', 'riproduzioni',
          'reproduções', 'execuções',
          'afspelingen',
          '再生数', '再生回数', 'ダウンロード数', 'ストリーム数', '回数',
        ],
      },
      // Over the sales words the amount falls back to: a count when every cell is a whole number.
      { score: 5, holds: SALES_COUNTED, cells: 'whole numbers' },
    ],
    unless: NOT_A_FIGURE,
  },
  // The kind of sale named outright beats a release's or product's type, which is one only when
  // its cells say "Stream" or "Download" rather than "Album" or "Single".
  saleType: {
    clues: [
      { score: 9, pair: [SALE_KIND_OF, KIND] },
      { score: 4, whole: KIND, cells: 'sale words' },
      { score: 3, pair: [[...RELEASE, 'content', 'source'], KIND], cells: 'sale words' },
    ],
  },
  amount: {
    clues: [
      {
        score: 3,
        holds: [
          'gross', 'sale', 'sales', 'subtotal', 'sub total', 'price',
          'brut', 'brute', 'bruts', 'brutes', 'ventes', 'chiffre d affaires', 'sous total',
          'brutto', 'bruttoumsatz', 'bruttobetrag', 'umsatz', 'nettoumsatz', 'verkäufe', 'zwischensumme',
          'bruto', 'bruta', 'brutos', 'brutas', 'ventas',
          'lordo', 'lordi', 'vendite',
          'vendas',
          'omzet', 'verkopen',
          '売上', '総額', '小計',
        ],
      },
      {
        score: 10,
        holds: [
          'earned', 'earnings', 'royalty', 'royalties', 'payable', 'payout', 'amount', 'proceeds',
          'montant', 'redevances', 'gains', 'versement',
          'betrag', 'nettobetrag', 'gesamtbetrag', 'auszahlung', 'auszahlungsbetrag', 'erlös', 'erlöse', 'nettoerlös',
          'tantiemen', 'lizenzgebühren', 'verdienst', 'nettoanteil', 'labelanteil',
          'importe', 'regalías', 'ganancias',
          'importo', 'compenso', 'compensi', 'guadagni', 'incasso',
          'valor', 'ganhos',
          'bedrag', 'opbrengst', 'uitbetaling', 'verdiensten',
          '金額', '収益', '支払額', '印税', '分配額', '分配金', 'ロイヤリティ',
        ],
        pair: [['net', 'label', 'nette', 'netto', 'neto', 'neta'], ['share', 'receipts', 'part', 'anteil', 'participación', 'quota', 'parte', 'aandeel']],
      },
      {
        score: 7,
        holds: [
          'net', 'revenue', 'income', 'total',
          'nette', 'nets', 'nettes', 'revenu', 'revenus', 'recettes',
          'netto', 'einnahmen', 'gesamt',
          'neto', 'neta', 'netos', 'netas', 'ingresos',
          'netti', 'ricavo', 'ricavi', 'totale', 'entrate',
          'líquido', 'líquida', 'receita', 'receitas', 'rendimento', 'rendimentos',
          'inkomsten', 'totaal',
          '純額', '合計', '収入',
        ],
      },
    ],
    unless: NOT_A_FIGURE,
  },
};

/** Words that name a currency column: "Currency", "Devise", "Währung", "通貨". */
export const CURRENCY_WORDS = [
  'currency',
  'devise', 'monnaie',
  'währung', 'währungscode',
  'moneda', 'divisa',
  'valuta', 'valutacode',
  'moeda',
  '通貨',
] as const;

/** Words a currency column's name may add without naming another figure: "Currency Code", "Code devise". */
export const CURRENCY_CODE_WORDS = ['code', 'código', 'codice', 'コード'] as const;
