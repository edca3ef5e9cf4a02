<%-- The publications overview: articles, regional portraits and other dated pages, newest first, with date,
     authors and category; a category filter as a plain GET form (works without JavaScript), the count as a status
     message. Model: PublicationListModel. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkPubs" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PublicationListModel" />
<c:if test="${empty requestScope.swkPortraitAssets}">
    <c:set var="swkPortraitAssets" value="${true}" scope="request" />
    <link rel="stylesheet" href="${sling:encode(slingRequest.contextPath,'HTML_ATTR')}/static/samenwerking-portraits/portraits.css" />
</c:if>
<c:set var="id" value="${swkPubs.id}" />
<section class="swk-publications" id="${sling:encode(id,'HTML_ATTR')}" aria-labelledby="${sling:encode(id,'HTML_ATTR')}-title" data-swk-publication-list>
    <h2 class="swk-publications__title" id="${sling:encode(id,'HTML_ATTR')}-title"><c:choose><c:when test="${not empty swkPubs.title}"><sling:encode value="${swkPubs.title}" mode="HTML" /></c:when><c:otherwise><fmt:message key="Publications" /></c:otherwise></c:choose></h2>
    <c:if test="${swkPubs.filterShown}">
        <fmt:message key="Filter publications" var="swkFilterLabel" />
        <form class="swk-portraits__filters" method="get" action="${sling:encode(swkPubs.action,'HTML_ATTR')}" role="search" aria-label="${sling:encode(swkFilterLabel,'HTML_ATTR')}">
            <div class="swk-portraits__field">
                <label class="swk-portraits__label" for="${sling:encode(id,'HTML_ATTR')}-category"><fmt:message key="Category" /></label>
                <select class="swk-portraits__select" id="${sling:encode(id,'HTML_ATTR')}-category" name="${sling:encode(swkPubs.categoryParameter,'HTML_ATTR')}">
                    <option value=""><fmt:message key="All categories" /></option>
                    <c:forEach var="option" items="${swkPubs.categoryOptions}">
                        <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected="selected"' : ''}><sling:encode value="${option.label}" mode="HTML" /></option>
                    </c:forEach>
                </select>
            </div>
            <button class="swk-portraits__button" type="submit"><fmt:message key="Show" /></button>
            <c:if test="${swkPubs.filtered}">
                <a class="swk-portraits__clear" href="${sling:encode(swkPubs.action,'HTML_ATTR')}#${sling:encode(id,'HTML_ATTR')}"><fmt:message key="Clear filters" /></a>
            </c:if>
        </form>
        <p class="swk-portraits__count" role="status" data-swk-publication-count="${swkPubs.total}">
            <c:choose>
                <c:when test="${swkPubs.total == 0}"><fmt:message key="No publications have been published yet." /></c:when>
                <c:when test="${swkPubs.total == 1}"><fmt:message key="1 publication" /></c:when>
                <c:otherwise><fmt:message key="{0} publications"><fmt:param value="${swkPubs.total}" /></fmt:message></c:otherwise>
            </c:choose>
        </p>
    </c:if>
    <c:choose>
        <c:when test="${swkPubs.count == 0 and not swkPubs.filterShown}"><p><fmt:message key="No publications have been published yet." /></p></c:when>
        <c:when test="${swkPubs.count > 0}">
            <ol class="swk-portraits__items">
                <c:forEach var="item" items="${swkPubs.items}">
                    <li class="swk-portraits__item" data-swk-publication-item>
                        <p class="swk-publications__category" data-swk-publication-category><sling:encode value="${item.category}" mode="HTML" /></p>
                        <h3 class="swk-portraits__item-title"><a href="${sling:encode(item.url,'HTML_ATTR')}"><sling:encode value="${item.title}" mode="HTML" /></a></h3>
                        <p class="swk-portraits__meta">
                            <time datetime="${sling:encode(item.dateIso,'HTML_ATTR')}" data-swk-publication-date><sling:encode value="${item.date}" mode="HTML" /></time>
                            <c:if test="${not empty item.authors}"><span aria-hidden="true"> · </span><span class="swk-portraits__authors" data-swk-publication-authors><c:forEach var="author" items="${item.authors}" varStatus="s"><sling:encode value="${author}" mode="HTML" /><c:if test="${!s.last}">, </c:if></c:forEach></span></c:if>
                        </p>
                        <c:if test="${not empty item.excerpt}"><p class="swk-portraits__excerpt"><sling:encode value="${item.excerpt}" mode="HTML" /></p></c:if>
                    </li>
                </c:forEach>
            </ol>
        </c:when>
    </c:choose>
</section>
