import type { Doc, Place } from '../doc/types.js';
import type { Exporter } from './types.js';

/**
 * A GeoJSON (RFC 7946) FeatureCollection with one Point feature per resolved place mention: the article,
 * the gazetteer place (name, ISO country, GeoNames id) and the mention text with its span. Written as a
 * stream: one feature per line between the collection's opening and closing.
 */
export function geojsonExporter(): Exporter {
  let features = 0;
  return {
    begin: () => '{"type":"FeatureCollection","features":[\n',
    write: ({ doc }) =>
      doc.places
        .map(
          (place, index) =>
            `${features++ === 0 ? '' : ',\n'}${JSON.stringify(placeFeature(doc, place, index))}`,
        )
        .join(''),
    end: () => `${features > 0 ? '\n' : ''}]}\n`,
  };
}

function placeFeature(doc: Doc, place: Place, index: number): object {
  return {
    type: 'Feature',
    // RFC 7946: longitude first.
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      articleId: doc.id,
      placeIndex: index,
      name: place.name,
      country: place.country ?? null,
      admin1: place.admin1 ?? null,
      geonameId: place.geonameId ?? null,
      featureClass: place.featureClass ?? null,
      confidence: place.confidence,
      mention: place.text,
      start: place.start,
      end: place.end,
      sentence: place.sentence,
      title: doc.meta.title ?? null,
      published: doc.meta.published ?? null,
      url: doc.source.uri ?? null,
    },
  };
}
