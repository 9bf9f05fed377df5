// Maps data-layer results to the public API's shapes (no internal ids leave through the API).
import type { z } from 'zod';
import type { CategoryNode } from '@/lib/catalog/categories.reads';
import type { ProductDetail, VariantDetail } from '@/lib/catalog/product-detail.reads';
import type { ProductCard } from '@/lib/catalog/product-listing.reads';
import type { categorySchema, productCardSchema, productDetailSchema, productStockSchema } from './catalog-api.schemas';

export function toCardDto({ id: _id, ...card }: ProductCard): z.infer<typeof productCardSchema> {
  return card;
}

export function toCategoryDto(node: CategoryNode): z.infer<typeof categorySchema> {
  return { slug: node.slug, name: node.name, path: node.path, children: node.children.map(toCategoryDto) };
}

export function toProductDetailDto(p: ProductDetail): z.infer<typeof productDetailSchema> {
  const skuById = new Map(p.variants.map((v) => [v.id, v.sku]));
  return {
    slug: p.slug,
    name: p.name,
    description: p.description,
    brand: p.brand,
    category: p.category,
    pricesIncludeVat: p.pricesIncludeVat,
    images: p.images.map((i) => ({
      url: i.url,
      alt: i.alt,
      variantSku: i.variantId ? (skuById.get(i.variantId) ?? null) : null,
    })),
    attributes: p.attributes,
    options: p.options,
    variants: p.variants.map((v) => ({
      sku: v.sku,
      gtin: v.gtin,
      mpn: v.mpn,
      options: v.options,
      price: v.price,
      basePrice: v.basePrice,
      lowestPrice30Days: v.lowestPrice30Days,
      availability: v.availability,
      stock: v.stock.map(toLocationStockDto),
    })),
    related: Object.fromEntries(
      Object.entries(p.related).map(([type, cards]) => [type, cards.map(toCardDto)]),
    ) as z.infer<typeof productDetailSchema>['related'],
  };
}

function toLocationStockDto(s: VariantDetail['stock'][number]) {
  return {
    location: s.locationCode,
    name: s.locationName,
    kind: s.kind,
    availability: s.availability,
    quantity: s.quantity,
  };
}

/** Only the live part of a product detail: each variant's stock per location. */
export function toProductStockDto(p: ProductDetail): z.infer<typeof productStockSchema> {
  return {
    slug: p.slug,
    variants: p.variants.map((v) => ({
      sku: v.sku,
      availability: v.availability,
      stock: v.stock.map(toLocationStockDto),
    })),
  };
}
